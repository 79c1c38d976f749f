// Wrong: loops the amounts downwards inside the loop over coins (the 0/1 knapsack order), so each coin can be used only once.
export function minCoins(coins: number[], amount: number): number {
  const best = new Array<number>(amount + 1).fill(Infinity);
  best[0] = 0;
  for (const coin of coins) {
    for (let value = amount; value >= coin; value--) best[value] = Math.min(best[value] ?? Infinity, (best[value - coin] ?? Infinity) + 1);
  }
  const answer = best[amount] ?? Infinity;
  return answer === Infinity ? -1 : answer;
}
