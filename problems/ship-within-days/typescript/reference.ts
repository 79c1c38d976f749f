/** Binary search on the capacity; a greedy pass decides whether a capacity is enough. */
export function minDailyCapacity(sizes: number[], days: number): number {
  const fits = (capacity: number): boolean => {
    let used = 1;
    let load = 0;
    for (const size of sizes) {
      if (load + size > capacity) {
        // this shard starts the next day
        used++;
        load = 0;
        if (used > days) return false;
      }
      load += size;
    }
    return true;
  };

  let low = 0; // becomes the largest shard: below it nothing works
  let high = 0; // becomes the total: one day for everything always works
  for (const size of sizes) {
    low = Math.max(low, size);
    high += size;
  }
  while (low < high) {
    // invariant: the answer lies in [low, high]
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) high = middle; // middle works: the answer is middle or smaller
    else low = middle + 1; // middle fails, and so does every smaller capacity
  }
  return low;
}
