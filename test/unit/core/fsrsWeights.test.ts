import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLAMP_PARAMETERS, migrateParameters, W17_W18_Ceiling } from 'ts-fsrs';
import { Journal } from '../../../src/core/journal/journal';
import { defaultSchedulerSettings, Scheduler, type CardMemory, type Grade, type SchedulerSettings } from '../../../src/core/scheduling/scheduler';
import { foldWeights, formatWeights, parseWeights, weightRanges, weightsEventType } from '../../../src/core/scheduling/weights';

const minute = 60_000;
const day = 24 * 60 * minute;

function settings(overrides: Partial<SchedulerSettings> = {}): SchedulerSettings {
  return { ...defaultSchedulerSettings, timeZone: 'UTC', dayStartHour: 0, ...overrides };
}

/** The weights a learner pastes, as text; parsed the way the setting is. */
function weightsFrom(text: string): readonly number[] {
  const parsed = parseWeights(text);
  assert.ok(parsed.kind === 'weights', JSON.stringify(parsed));
  return parsed.weights;
}

// Published test vectors of ts-fsrs (open-spaced-repetition/ts-fsrs, packages/fsrs/__tests__/
// FSRS-6.test.ts and FSRS-5.test.ts at commit cdec8d2f): the weights, a rating sequence with
// its intervals ("ivl_history"), the memory state after Again, Good×5 at 0, 0, 1, 3, 8, 21
// days ("memory state[short-term]"), and the four first reviews ("first repeat"). Only the
// numbers are taken, as data. The FSRS-5 intervals are those of ts-fsrs 5.4.2, the version
// used here: its PR #486 ("incorrect clamping of w[19] when migrating") clamps a converted
// FSRS-5 list's w19 to 0.01 and changed them after the relearning steps, from 7, 16, 34, 71,
// 142 to 6, 14, 31, 65, 130; its FSRS-5 memory-state vector changed with them and is not
// published here, so only FSRS-6's is checked.
const fsrs6 = {
  weights: '0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542',
  intervals: [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21],
  memory: { stability: 53.62691, difficulty: 6.3574867 },
  first: { stability: [0.212, 1.2931, 2.3065, 8.2956], difficulty: [6.4133, 5.11217071, 2.11810397, 1], scheduledDays: [0, 0, 0, 8] },
};
const fsrs5 = {
  weights: '0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621',
  intervals: [0, 4, 14, 44, 125, 328, 0, 0, 6, 14, 31, 65, 130],
  memory: undefined,
  first: { stability: [0.40255, 1.18385, 3.173, 15.69105], difficulty: [7.1949, 6.48830527, 5.28243442, 3.22450159], scheduledDays: [0, 0, 0, 16] },
};
const intervalRatings: Grade[] = [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3];
const memoryRatings: Grade[] = [1, 3, 3, 3, 3, 3];
const memoryGaps = [0, 0, 1, 3, 8, 21];
const start = Date.UTC(2022, 11, 29, 12, 30);

function intervals(scheduler: Scheduler): number[] {
  let memory: CardMemory | undefined;
  let now = start;
  const result: number[] = [];
  for (const grade of intervalRatings) {
    memory = scheduler.review(memory, grade, now);
    result.push(memory.scheduledDays);
    now = memory.stage === 'review' ? now + memory.scheduledDays * day : memory.due;
  }
  return result;
}

function memoryAfterSequence(scheduler: Scheduler): CardMemory {
  let memory: CardMemory | undefined;
  let now = start;
  for (const [index, grade] of memoryRatings.entries()) {
    now += (memoryGaps[index] ?? 0) * day;
    memory = scheduler.review(memory, grade, now);
  }
  assert.ok(memory);
  return memory;
}

/** ts-fsrs's own tests compare to 4 decimals (toBeCloseTo(x, 4): within 5·10⁻⁵). */
function assertPublished(actual: number, published: number, what: string): void {
  assert.ok(Math.abs(actual - published) < 5e-5, `${what}: ${actual}, published ${published}`);
}

describe('FSRS weights: the project scheduler on ts-fsrs’s published test vectors', () => {
  for (const [name, vectors] of [['FSRS-6 (21 weights)', fsrs6], ['FSRS-5 (19 weights, converted)', fsrs5]] as const) {
    describe(name, () => {
      const scheduler = (): Scheduler => new Scheduler(settings({ weights: weightsFrom(vectors.weights) }));

      it('gives the published intervals for Good×6, Again×2, Good×5 reviewed when due', () => {
        assert.deepEqual(intervals(scheduler()), vectors.intervals);
      });

      const published = vectors.memory;
      if (published) {
        it('reaches the published memory state after Again, Good×5 at 0, 0, 1, 3, 8, 21 days', () => {
          const memory = memoryAfterSequence(scheduler());
          assertPublished(memory.stability, published.stability, 'stability');
          assertPublished(memory.difficulty, published.difficulty, 'difficulty');
        });
      }

      it('gives a new card the published stability, difficulty and interval for each first grade', () => {
        const preview = scheduler().preview(undefined, start);
        const first = ([1, 2, 3, 4] as const).map((grade) => preview[grade]);
        assert.deepEqual(first.map((memory) => memory.stability), vectors.first.stability);
        assert.deepEqual(first.map((memory) => memory.difficulty), vectors.first.difficulty);
        assert.deepEqual(first.map((memory) => memory.scheduledDays), vectors.first.scheduledDays);
        assert.deepEqual(first.map((memory) => memory.stage), ['learning', 'learning', 'learning', 'review']);
      });
    });
  }

  it('other weights give other intervals (the weights reach the scheduler)', () => {
    assert.notDeepEqual(intervals(new Scheduler(settings({ weights: weightsFrom(fsrs5.weights) }))), intervals(new Scheduler(settings())));
  });
});

describe('FSRS weights: the setting', () => {
  it('takes the 21 numbers as Anki shows them (commas), as a JSON array, or with brackets; empty means the defaults', () => {
    const numbers = weightsFrom(fsrs6.weights);
    assert.equal(numbers.length, 21);
    assert.equal(numbers[20], 0.1542);
    assert.deepEqual(parseWeights(numbers), { kind: 'weights', weights: numbers });
    assert.deepEqual(weightsFrom(`[${fsrs6.weights}]`), numbers);
    assert.deepEqual(weightsFrom(fsrs6.weights.replaceAll(',', ' ')), numbers);
    for (const empty of ['', '  ', [], undefined, null]) assert.deepEqual(parseWeights(empty), { kind: 'default' });
  });

  it('converts a 19-number FSRS-5 list exactly as ts-fsrs’s migrateParameters does, and says so', () => {
    const parsed = parseWeights(fsrs5.weights);
    assert.ok(parsed.kind === 'weights');
    assert.equal(parsed.convertedFrom, 'FSRS-5');
    assert.deepEqual(parsed.weights, migrateParameters(fsrs5.weights.split(', ').map(Number)));
  });

  it('refuses a value out of range, naming the weight, its position and the allowed range', () => {
    const numbers = weightsFrom(fsrs6.weights).slice();
    numbers[4] = 0.5;
    assert.deepEqual(parseWeights(numbers), { kind: 'invalid', message: 'FSRS weight w4 (position 5) is 0.5; it must be between 1 and 10.' });
    numbers[4] = 6.4;
    numbers[20] = 0.9;
    assert.deepEqual(parseWeights(formatWeights(numbers)), { kind: 'invalid', message: 'FSRS weight w20 (position 21) is 0.9; it must be between 0.1 and 0.8.' });
  });

  it('refuses something that is not a number, and lists of the wrong length (FSRS-4.5’s 17 with a hint)', () => {
    const text = fsrs6.weights.replace('2.3065', 'abc');
    assert.deepEqual(parseWeights(text), { kind: 'invalid', message: 'FSRS weight w2 (position 3) is “abc”, not a number; it must be between 0.001 and 100.' });
    const twenty = parseWeights(weightsFrom(fsrs6.weights).slice(0, 20));
    assert.deepEqual(twenty, { kind: 'invalid', message: 'FSRS weights must be 21 numbers (FSRS-6) or 19 (FSRS-5); this list has 20.' });
    const seventeen = parseWeights(weightsFrom(fsrs6.weights).slice(0, 17));
    assert.ok(seventeen.kind === 'invalid' && seventeen.message.includes('FSRS-4.5 lists (17 numbers) are not accepted'), JSON.stringify(seventeen));
    assert.equal(parseWeights({ w: [1] }).kind, 'invalid');
  });

  it('allows each weight the range ts-fsrs (and fsrs-rs) clamp it to', () => {
    // With short-term scheduling off ts-fsrs's table is fsrs-rs's (w19 from 0); on, ts-fsrs raises w19's floor to 0.01 itself.
    assert.deepEqual(weightRanges, CLAMP_PARAMETERS(W17_W18_Ceiling, false));
  });

  it('formats weights as Anki shows them (4 decimals), and the text parses back to the same numbers', () => {
    const weights = [0.23786184191703796, ...weightsFrom(fsrs6.weights).slice(1)];
    const text = formatWeights(weights);
    assert.ok(text.startsWith('0.2379, 1.2931, 2.3065'), text);
    assert.deepEqual(weightsFrom(text), [0.2379, ...weights.slice(1)]);
  });
});

describe('FSRS weights: the journal event', () => {
  let directory: string;
  beforeEach(() => { directory = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-weights-')); });
  afterEach(() => { fs.rmSync(directory, { recursive: true, force: true }); });

  it('a change recorded on one machine is what another machine folding the same journal schedules with', async () => {
    const weights = weightsFrom(fsrs5.weights);
    let clock = start;
    const laptop = new Journal(directory, { now: () => clock });
    await laptop.append({ type: weightsEventType, data: { weights, source: 'setting' } });
    clock += day;
    // The desktop reads the journal the laptop wrote (a synced data folder) with no setting of its own.
    const { events } = await new Journal(directory, { now: () => clock }).load();
    const folded = foldWeights(events);
    assert.deepEqual(folded.weights, weights);
    assert.equal(folded.source, 'setting');
    assert.equal(folded.since, start);
    const desktop = new Scheduler(settings({ weights: folded.weights }));
    const laptopScheduler = new Scheduler(settings({ weights }));
    assert.deepEqual(intervals(desktop), intervals(laptopScheduler));
    assert.deepEqual(intervals(desktop), fsrs5.intervals);
  });

  it('the latest change wins; null goes back to the defaults; malformed changes are skipped and reported', () => {
    const fsrs6Weights = weightsFrom(fsrs6.weights);
    const fsrs5Weights = weightsFrom(fsrs5.weights);
    const event = (id: string, time: number, data: unknown): { id: string; type: string; time: number; data: unknown } => ({ id, type: weightsEventType, time, data });
    const events = [
      event('a', 1, { weights: fsrs5Weights, source: 'setting' }),
      event('b', 3, { weights: fsrs6Weights, source: 'optimizer' }),
      event('c', 2, { weights: null, source: 'setting' }),
      event('bad-length', 4, { weights: [1, 2, 3], source: 'setting' }),
      event('bad-range', 5, { weights: fsrs6Weights.map(() => 1000), source: 'setting' }),
      event('bad-source', 6, { weights: null, source: 'somewhere' }),
      { id: 'other', type: 'flashcards.review', time: 7, data: {} },
    ];
    assert.deepEqual(foldWeights(events), { weights: fsrs6Weights, since: 3, source: 'optimizer', skipped: ['bad-length', 'bad-range', 'bad-source'] });
    assert.deepEqual(foldWeights([...events, event('d', 8, { weights: null, source: 'setting' })]).weights, null);
    assert.deepEqual(foldWeights([]), { weights: null, since: undefined, source: undefined, skipped: [] });
  });
});
