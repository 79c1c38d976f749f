/** Bottom-up DP: best[a] is the fewest coins making a (Infinity if none). */
export function minCoins(coins: number[], amount: number): number {
  const best = new Array<number>(amount + 1).fill(Infinity);
  best[0] = 0;
  for (let value = 1; value <= amount; value++) {
    for (const coin of coins) {
      if (coin <= value) best[value] = Math.min(best[value] ?? Infinity, (best[value - coin] ?? Infinity) + 1);
    }
  }
  const answer = best[amount] ?? Infinity;
  return answer === Infinity ? -1 : answer;
}
