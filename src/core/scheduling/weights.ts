// FSRS-6 weights as a learner brings them (pasted from Anki's deck options, or fitted by
// the optimiser), checked, and recorded in the journal. Light on purpose: the settings are
// read at activation, and ts-fsrs (lazy) is not needed to check a list of numbers.

/** FSRS-6 has 21 weights (w0–w20); FSRS-5 had 19. */
export const fsrs6WeightCount = 21;
export const fsrs5WeightCount = 19;

/**
 * The range each FSRS-6 weight may take: the bounds ts-fsrs clamps to (its CLAMP_PARAMETERS,
 * which are fsrs-rs's, the optimiser Anki uses), except w19, whose floor is fsrs-rs's 0:
 * ts-fsrs raises it to 0.01 when short-term scheduling is on, as here (a unit test checks
 * this table against ts-fsrs).
 */
export const weightRanges: readonly (readonly [number, number])[] = [
  [0.001, 100],
  [0.001, 100],
  [0.001, 100],
  [0.001, 100],
  [1, 10],
  [0.001, 4],
  [0.001, 4],
  [0.001, 0.75],
  [0, 4.5],
  [0, 0.8],
  [0.001, 3.5],
  [0.001, 5],
  [0.001, 0.25],
  [0.001, 0.9],
  [0, 4],
  [0, 1],
  [1, 6],
  [0, 2],
  [0, 2],
  [0, 0.8],
  [0.1, 0.8],
];

/**
 * FSRS-5's fixed forgetting-curve decay, which an FSRS-5 list is given as FSRS-6's w20
 * (with w19 = 0, which ts-fsrs raises to its short-term floor 0.01 when it schedules).
 */
const fsrs5Decay = 0.5;

/** What a setting's value turned out to be. */
export type ParsedWeights =
  | { readonly kind: 'default' }
  | { readonly kind: 'weights'; readonly weights: readonly number[]; readonly convertedFrom?: 'FSRS-5' }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * Reads the `fsrsWeights` setting: empty means FSRS-6's defaults; otherwise 21 numbers (as
 * an array, or as the comma-separated text Anki shows), or 19 FSRS-5 numbers, converted as
 * ts-fsrs converts them (w19 = 0, w20 = 0.5: FSRS-5's curve). Anything else is refused with
 * a message naming the first bad position (w0–w20, as Anki numbers them) and its range.
 */
export function parseWeights(value: unknown): ParsedWeights {
  let numbers: unknown[];
  if (value === undefined || value === null) return { kind: 'default' };
  if (typeof value === 'string') {
    const text = value.trim().replace(/^\[|\]$/g, '').trim();
    if (text === '') return { kind: 'default' };
    numbers = text.split(/[\s,]+/).filter((part) => part !== '').map((part) => (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(part) ? Number(part) : part));
  } else if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'default' };
    numbers = value;
  } else {
    return { kind: 'invalid', message: 'FSRS weights must be a list of numbers, such as the one Anki shows under “FSRS parameters”.' };
  }
  if (numbers.length !== fsrs6WeightCount && numbers.length !== fsrs5WeightCount) {
    const extra = numbers.length === 17 ? ' FSRS-4.5 lists (17 numbers) are not accepted: optimise again in Anki 23.10 or later, or here with “Optimize FSRS Parameters”.' : '';
    return { kind: 'invalid', message: `FSRS weights must be 21 numbers (FSRS-6) or 19 (FSRS-5); this list has ${numbers.length}.${extra}` };
  }
  for (const [index, number] of numbers.entries()) {
    const [low, high] = weightRanges[index] as readonly [number, number];
    if (typeof number !== 'number' || !Number.isFinite(number)) {
      return { kind: 'invalid', message: `FSRS weight w${index} (position ${index + 1}) is “${String(number)}”, not a number; it must be between ${low} and ${high}.` };
    }
    if (number < low || number > high) {
      return { kind: 'invalid', message: `FSRS weight w${index} (position ${index + 1}) is ${number}; it must be between ${low} and ${high}.` };
    }
  }
  const checked = numbers as number[];
  if (checked.length === fsrs5WeightCount) return { kind: 'weights', weights: [...checked, 0, fsrs5Decay], convertedFrom: 'FSRS-5' };
  return { kind: 'weights', weights: checked };
}

/** The weights as Anki shows them: comma-separated, at most 4 decimals (what the setting stores after optimising). */
export function formatWeights(weights: readonly number[]): string {
  return weights.map((weight) => String(Math.round(weight * 10_000) / 10_000)).join(', ');
}

/** Whether two weight lists (or two "defaults", null) are the same. */
export function sameWeights(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((weight, index) => weight === b[index]);
}

/** The journal event that records a change of the weights in use. */
export const weightsEventType = 'flashcards.fsrsWeights';

/** Where a change of weights came from. */
export type WeightsSource = 'setting' | 'optimizer';

export interface WeightsEventData {
  /** The 21 FSRS-6 weights now in use, or null for FSRS-6's defaults. */
  readonly weights: readonly number[] | null;
  readonly source: WeightsSource;
}

/** Whether a journal event's data is a well-formed change of weights. */
export function isWeightsEventData(data: unknown): data is WeightsEventData {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  if (record['source'] !== 'setting' && record['source'] !== 'optimizer') return false;
  if (record['weights'] === null) return true;
  const parsed = parseWeights(record['weights']);
  // Only full FSRS-6 lists are written; a converted or out-of-range list is not ours.
  return Array.isArray(record['weights']) && record['weights'].length === fsrs6WeightCount && parsed.kind === 'weights';
}

/** The weights in use after a journal's events: the last well-formed change, by time. */
export interface FoldedWeights {
  /** The 21 weights, or null for FSRS-6's defaults. */
  readonly weights: readonly number[] | null;
  /** When they were set (epoch ms), if ever. */
  readonly since: number | undefined;
  readonly source: WeightsSource | undefined;
  /** Ids of weight events whose data was malformed, skipped. */
  readonly skipped: readonly string[];
}

/** Folds the weight events of a journal (other events are ignored). */
export function foldWeights(events: readonly { readonly id: string; readonly type: string; readonly time: number; readonly data: unknown }[]): FoldedWeights {
  let latest: { weights: readonly number[] | null; time: number; source: WeightsSource } | undefined;
  const skipped: string[] = [];
  for (const event of events) {
    if (event.type !== weightsEventType) continue;
    if (!isWeightsEventData(event.data)) {
      skipped.push(event.id);
      continue;
    }
    // Ties keep journal order: the later line wins.
    if (latest === undefined || event.time >= latest.time) latest = { weights: event.data.weights, time: event.time, source: event.data.source };
  }
  return { weights: latest?.weights ?? null, since: latest?.time, source: latest?.source, skipped };
}

