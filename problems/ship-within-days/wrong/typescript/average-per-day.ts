// Wrong: answers with the total divided evenly over the days (but at least the largest shard), ignoring that shards cannot be split or reordered.
export function minDailyCapacity(sizes: number[], days: number): number {
  let largest = 0;
  let total = 0;
  for (const size of sizes) {
    largest = Math.max(largest, size);
    total += size;
  }
  return Math.max(largest, Math.ceil(total / days));
}
