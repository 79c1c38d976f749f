// Wrong: greedily takes the largest coin that fits, which is not always the fewest coins (1, 3, 4 for 6).
export function minCoins(coins: number[], amount: number): number {
  let rest = amount;
  let count = 0;
  for (const coin of [...coins].sort((a, b) => b - a)) {
    count += Math.floor(rest / coin);
    rest %= coin;
  }
  return rest === 0 ? count : -1;
}
