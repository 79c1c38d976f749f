// When the interviewer's probes arrive in a design mock: at moments the candidate cannot
// predict, as in a real round, yet fair. Seeded, so a session's schedule is reproducible
// (and testable); never in the first phase (the candidate is still clarifying), never two
// within two minutes of each other, not in a phase's first or last minute.

const minute = 60_000;
/** The least time between two probes. */
export const probeGapMs = 2 * minute;
/** About one probe per this many minutes of the phases that take probes. */
const minutesPerProbe = 5;

export interface ProbePhase {
  readonly minutes: number;
  readonly probes: boolean;
}

export interface ScheduledProbe {
  readonly probe: string;
  /** Run time of the round (pauses left out) at which it arrives, whole seconds, ms. */
  readonly atMs: number;
}

/** What the candidate did with a probe before: unseen probes come first, then missed ones. */
export type ProbeHistory = ReadonlyMap<string, 'answered' | 'missed'>;

/** A small seeded generator (mulberry32) over a string's hash: the same seed, the same schedule. */
export function seededRandom(seed: string): () => number {
  let state = 2166136261;
  for (let index = 0; index < seed.length; index++) state = Math.imul(state ^ seed.charCodeAt(index), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

/**
 * The probes of one round and when each arrives. Which probes: those the candidate has not
 * met yet first, then those they missed, then the rest, at random within each group. How
 * many: about one per five minutes of the probe phases, as many as fit two minutes apart.
 * A round shortened to a fraction of its case's length (`scale` < 1) keeps the same probes
 * and shrinks the gaps and margins with it.
 */
export function scheduleProbes(phases: readonly ProbePhase[], probeIds: readonly string[], seed: string, history: ProbeHistory = new Map(), scale = 1): ScheduledProbe[] {
  const random = seededRandom(seed);
  const gap = probeGapMs * scale;
  const margin = minute * scale;
  // The windows probes may fall in: each probe phase but its first and last minute.
  const windows: { start: number; length: number }[] = [];
  let start = 0;
  phases.forEach((phase, index) => {
    const end = start + phase.minutes * minute;
    if (phase.probes && index > 0 && end - start > 2 * margin) windows.push({ start: start + margin, length: end - start - 2 * margin });
    start = end;
  });
  const span = windows.reduce((sum, window) => sum + window.length, 0);
  const probeMinutes = phases.reduce((sum, phase, index) => sum + (phase.probes && index > 0 ? phase.minutes : 0), 0) / scale;
  const fit = Math.floor(span / gap) + (span > 0 ? 1 : 0);
  const count = Math.min(probeIds.length, fit, Math.max(1, Math.round(probeMinutes / minutesPerProbe)));
  if (count <= 0 || span <= 0) return [];

  const rank = (id: string): number => (history.get(id) === undefined ? 0 : history.get(id) === 'missed' ? 1 : 2);
  const order = shuffled(probeIds, random).sort((a, b) => rank(a) - rank(b)).slice(0, count);

  // Spaced uniform points: n sorted points in the span less the gaps, then each shifted by
  // the gaps before it. On the windows laid end to end, so in real time (where the windows
  // are further apart) two probes are at least as far apart.
  const slack = Math.max(0, span - (count - 1) * gap);
  const offsets = Array.from({ length: count }, () => random() * slack).sort((a, b) => a - b).map((offset, index) => offset + index * gap);
  return order.map((probe, index) => {
    let offset = offsets[index] ?? 0;
    let at = 0;
    for (const window of windows) {
      if (offset <= window.length) {
        at = window.start + offset;
        break;
      }
      offset -= window.length;
    }
    // Whole seconds, so the host's tick (which wakes on whole seconds) meets it exactly; a
    // shortened round, whose gaps may be under a second, keeps its milliseconds.
    return { probe, atMs: scale >= 1 ? Math.floor(at / 1000) * 1000 : Math.floor(at) };
  });
}
