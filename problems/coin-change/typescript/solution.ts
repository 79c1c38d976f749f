/** The fewest coins that add up to amount, or -1 if none do. */
export function minCoins(coins: number[], amount: number): number {
  throw new Error('Write your solution here');
}
