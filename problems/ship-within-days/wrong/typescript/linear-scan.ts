// Wrong: tries capacities one by one upward from the largest shard - correct, but thousands of full passes when the answer is far above it.
export function minDailyCapacity(sizes: number[], days: number): number {
  const daysNeeded = (capacity: number): number => {
    let used = 1;
    let load = 0;
    for (const size of sizes) {
      if (load + size > capacity) {
        used++;
        load = 0;
      }
      load += size;
    }
    return used;
  };
  let capacity = Math.max(...sizes);
  while (daysNeeded(capacity) > days) capacity++;
  return capacity;
}
