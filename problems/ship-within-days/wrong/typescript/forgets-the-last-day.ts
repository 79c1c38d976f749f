// Wrong: the greedy check counts a day only when a shard overflows it, so the last, partly filled day is never counted and a capacity one day short passes.
export function minDailyCapacity(sizes: number[], days: number): number {
  const fits = (capacity: number): boolean => {
    let used = 0;
    let load = 0;
    for (const size of sizes) {
      if (load + size > capacity) {
        used++;
        load = 0;
      }
      load += size;
    }
    return used <= days;
  };
  let low = 0;
  let high = 0;
  for (const size of sizes) {
    low = Math.max(low, size);
    high += size;
  }
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
