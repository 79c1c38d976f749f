// Wrong: uses amount itself to mean "impossible", but an answer can need exactly amount coins (all 1s, or 0 coins for 0).
export function minCoins(coins: number[], amount: number): number {
  const best = new Array<number>(amount + 1).fill(amount);
  best[0] = 0;
  for (let value = 1; value <= amount; value++) {
    for (const coin of coins) {
      const before = best[value - coin];
      if (coin <= value && before !== undefined && before + 1 < (best[value] ?? amount)) best[value] = before + 1;
    }
  }
  const answer = best[amount] ?? amount;
  return answer !== amount ? answer : -1;
}
