// Wrong: mixes two binary-search templates - loops while low < high but sets high = middle - 1 when middle works, which can step past the answer.
export function minDailyCapacity(sizes: number[], days: number): number {
  const fits = (capacity: number): boolean => {
    let used = 1;
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
  let low = Math.max(...sizes);
  let high = sizes.reduce((sum, size) => sum + size, 0);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) high = middle - 1;
    else low = middle + 1;
  }
  return low;
}
