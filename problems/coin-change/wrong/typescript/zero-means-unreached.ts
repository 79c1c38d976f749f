// Wrong: lets 0 mean "not reached yet" and returns best[amount] || -1, so an amount of 0 (made with zero coins) comes back as -1.
export function minCoins(coins: number[], amount: number): number {
  const best = new Array<number>(amount + 1).fill(0);
  for (let value = 1; value <= amount; value++) {
    for (const coin of coins) {
      if (coin > value) continue;
      const before = best[value - coin] ?? 0;
      if (value !== coin && before === 0) continue; // value - coin not reached
      const candidate = before + 1;
      if (best[value] === 0 || candidate < (best[value] ?? 0)) best[value] = candidate;
    }
  }
  return best[amount] || -1;
}
