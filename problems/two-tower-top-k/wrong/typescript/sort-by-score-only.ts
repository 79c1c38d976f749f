// Wrong: sorts every candidate by score alone, so tied scores keep their insertion order instead of ranking by smaller id.
interface Scored {
  score: number;
  id: number;
}

function dot(a: number[], b: number[]): number {
  let total = 0;
  for (let j = 0; j < a.length; j++) total += (a[j] ?? 0) * (b[j] ?? 0);
  return total;
}

function scoreOf(user: number[], vector: number[], useCosine: boolean): number {
  const score = dot(user, vector);
  if (!useCosine) return score;
  const norm = Math.sqrt(dot(user, user)) * Math.sqrt(dot(vector, vector));
  return norm > 0 ? score / norm : 0;
}

export function topKItems(
  user: number[],
  items: ReadonlyMap<number, number[]>,
  k: number,
  exclude: ReadonlySet<number> = new Set(),
  useCosine = false,
): number[] {
  if (k <= 0) return [];
  const scored: Scored[] = [];
  for (const [id, vector] of items) if (!exclude.has(id)) scored.push({ score: scoreOf(user, vector, useCosine), id });
  return scored.sort((a, b) => b.score - a.score).slice(0, k).map((entry) => entry.id);
}
