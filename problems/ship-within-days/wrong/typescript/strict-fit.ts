// Wrong: the greedy check starts a new day when the load would reach the capacity (>=), so a day can never be filled exactly and the answer comes out one too high.
export function minDailyCapacity(sizes: number[], days: number): number {
  const fits = (capacity: number): boolean => {
    let used = 1;
    let load = 0;
    for (const size of sizes) {
      if (load + size >= capacity) {
        used++;
        load = 0;
      }
      load += size;
    }
    return used <= days;
  };
  let low = Math.max(...sizes);
  let high = sizes.reduce((sum, size) => sum + size, 0) + 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
