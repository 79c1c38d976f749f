// Wrong: takes the top k first and drops excluded ids afterwards, so fewer than k items come back when a seen item ranked high.
interface Scored {
  score: number;
  id: number;
}

/** True when a is a weaker result than b: a lower score, or an equal score and a larger id. */
function weaker(a: Scored, b: Scored): boolean {
  return a.score < b.score || (a.score === b.score && a.id > b.id);
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

/** Keeps the best k in an array sorted weakest first (simple, fine for small k). */
export function topKItems(
  user: number[],
  items: ReadonlyMap<number, number[]>,
  k: number,
  exclude: ReadonlySet<number> = new Set(),
  useCosine = false,
): number[] {
  if (k <= 0) return [];
  const kept: Scored[] = [];
  for (const [id, vector] of items) {
    const entry = { score: scoreOf(user, vector, useCosine), id };
    if (kept.length === k) {
      const weakest = kept[0];
      if (weakest === undefined || !weaker(weakest, entry)) continue;
      kept.shift();
    }
    let at = kept.findIndex((other) => weaker(entry, other));
    if (at < 0) at = kept.length;
    kept.splice(at, 0, entry);
  }
  return kept.reverse().map((entry) => entry.id).filter((id) => !exclude.has(id));
}
