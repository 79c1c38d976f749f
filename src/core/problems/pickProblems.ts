import type { ProblemRecord } from './attempts';
import type { Difficulty, ProblemMeta } from './problemFiles';

// "Two random medium problems", like an online assessment (issue 17: it picked one the
// candidate had already attempted). Problems never attempted come first, at random; when
// there are too few, the ones attempted longest ago fill the session, and a note says so.

export interface RandomPick<T> {
  readonly picked: readonly T[];
  /** Why some picked problems are not new to the candidate; undefined when all are. */
  readonly note?: string;
}

/** `count` problems of `difficulty`, unattempted ones first; throws when the catalog has too few of that difficulty. */
export function pickRandomProblems<T extends { readonly meta: ProblemMeta }>(problems: readonly T[], records: ReadonlyMap<string, ProblemRecord>, count: number, difficulty: Difficulty = 'medium', random: () => number = Math.random): RandomPick<T> {
  const pool = problems.filter((problem) => problem.meta.difficulty === difficulty);
  if (pool.length < count) throw new Error(`The catalog has only ${pool.length} ${difficulty} problem${pool.length === 1 ? '' : 's'}.`);
  const attemptedAt = (problem: T): number | undefined => {
    const record = records.get(problem.meta.slug);
    return record && record.status !== 'new' ? record.lastAttempt ?? 0 : undefined;
  };
  // A key per problem, drawn once (a comparator must not be random): fresh ones at random,
  // then attempted ones from the longest ago.
  const keyed = pool.map((problem) => {
    const at = attemptedAt(problem);
    return { problem, fresh: at === undefined, key: at === undefined ? random() : at };
  });
  keyed.sort((a, b) => Number(b.fresh) - Number(a.fresh) || a.key - b.key);
  const chosen = keyed.slice(0, count);
  const old = chosen.filter((entry) => !entry.fresh).map((entry) => entry.problem.meta.title);
  if (old.length === 0) return { picked: chosen.map((entry) => entry.problem) };
  const fresh = count - old.length;
  const list = old.join(' and ');
  const note = fresh === 0
    ? `You have attempted every ${difficulty} problem, so the session has the ${old.length === 1 ? 'one' : 'ones'} you attempted longest ago: ${list}.`
    : `Only ${fresh} ${difficulty} problem${fresh === 1 ? ' is' : 's are'} new to you, so the session also has ${list}, which you attempted before.`;
  return { picked: chosen.map((entry) => entry.problem), note };
}
