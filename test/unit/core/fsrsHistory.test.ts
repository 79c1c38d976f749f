import assert from 'node:assert/strict';
import { checkableReviewCount, heldOutCutoff, historiesBefore, packHistories, predictionMetrics, reviewColumns, type MemoryModel, type PackedHistories } from '../../../src/core/scheduling/fsrsHistory';
import { ReviewLog, type FoldedReview } from '../../../src/core/scheduling/reviewLog';
import type { Grade } from '../../../src/core/scheduling/memory';

const hour = 3_600_000;
const day = 24 * hour;
const clock = { timeZone: 'UTC', dayStartHour: 4 };
const start = Date.UTC(2026, 0, 5, 9);

function review(cardId: string, time: number, grade: Grade): FoldedReview {
  const memory = { stage: 'review' as const, stability: 1, difficulty: 5, reps: 1, lapses: 0, step: 0, lastReview: time, due: time + day, dueDay: 0, scheduledDays: 1 };
  return { eventId: `${cardId}@${time}`, time, cardId, grade, previousStage: 'review', memory };
}

/** A history of cards given as [card, hours from start, grade] rows. */
function histories(rows: readonly (readonly [string, number, Grade])[]): PackedHistories {
  return packHistories(rows.map(([card, hours, grade]) => review(card, start + hours * hour, grade)), clock);
}

/** Card rows of a packed history, for comparing. */
function cards(packed: PackedHistories): { grades: number[]; deltaDays: number[] }[] {
  return Array.from({ length: packed.starts.length - 1 }, (_, card) => {
    const from = packed.starts[card] ?? 0;
    const to = packed.starts[card + 1] ?? 0;
    return { grades: [...packed.grades.subarray(from, to)], deltaDays: [...packed.deltaDays.subarray(from, to)] };
  });
}

/** Predicts `recall` always; its state counts reviews. */
const constant = (recall: number): MemoryModel<number> => ({ next: (state) => (state ?? 0) + 1, recall: () => recall });

describe('FSRS history: what the optimiser is fitted and judged on', () => {
  it('groups reviews by card in time order, with gaps in study days (a review at 2 am belongs to the day before)', () => {
    const packed = histories([
      ['b', 0, 3],
      ['a', 1, 1],
      ['a', 2, 3],
      // Day start is 4 am: 01:00 on the next calendar day is still the first study day.
      ['a', 16, 3],
      ['b', 48, 2],
      ['a', 72, 4],
      ['b', 20 + 24 * 9, 3],
    ]);
    assert.deepEqual(cards(packed), [
      { grades: [3, 2, 3], deltaDays: [0, 2, 8] },
      { grades: [1, 3, 3, 4], deltaDays: [0, 0, 0, 3] },
    ]);
    // The first review of each card and same-day reviews predict nothing checkable.
    assert.equal(checkableReviewCount(packed), 3);
  });

  it('takes the same columns from the fold\'s log (copied block by block) as from the reviews one by one', () => {
    const reviews: FoldedReview[] = [];
    // More than one of the log's blocks (16,384 rows each).
    for (let index = 0; index < 40_000; index++) reviews.push(review(`card-${index % 977}`, start + index * 60_000, ((index % 4) + 1) as Grade));
    const log = new ReviewLog();
    for (const folded of reviews) log.push(folded);
    log.settle();
    const fromLog = reviewColumns(log);
    const fromList = reviewColumns(reviews);
    assert.deepEqual([...fromLog.times], [...fromList.times]);
    assert.deepEqual([...fromLog.cards], [...fromList.cards]);
    assert.deepEqual([...fromLog.grades], [...fromList.grades]);
    assert.deepEqual(cards(packHistories(log, clock)), cards(packHistories(reviews, clock)));
  });

  it('holds out the most recent fifth of the checkable reviews, in time order; fitting sees only what came before', () => {
    const rows: [string, number, Grade][] = [];
    for (let card = 0; card < 5; card++) for (let index = 0; index < 5; index++) rows.push([`c${card}`, index * 24 * 3 + card, 3]);
    const packed = histories(rows);
    assert.equal(checkableReviewCount(packed), 20);
    const cutoff = heldOutCutoff(packed);
    // 20 checkable reviews, 5 a day on days 3, 6, 9 and 12 (card c an hour after card c − 1):
    // the last 4, cards 1–4 on day 12, are held out.
    assert.equal(cutoff, start + 12 * day + hour);
    const before = historiesBefore(packed, cutoff);
    assert.equal(checkableReviewCount(before), 16);
    assert.ok(Math.max(...before.times) < cutoff);
    assert.deepEqual(cards(before)[0], { grades: [3, 3, 3, 3, 3], deltaDays: [0, 3, 3, 3, 3] });
    assert.deepEqual(cards(before)[1], { grades: [3, 3, 3, 3], deltaDays: [0, 3, 3, 3] });
  });

  it('log loss is the mean cross-entropy of the predictions on the judged reviews only', () => {
    const packed = histories([
      ['a', 0, 3],
      ['a', 24, 3],
      ['a', 48, 1],
      ['b', 0, 3],
      ['b', 24 * 3, 3],
    ]);
    const all = predictionMetrics(packed, constant(0.8));
    assert.equal(all.reviews, 3);
    assert.ok(Math.abs(all.logLoss - -(2 * Math.log(0.8) + Math.log(0.2)) / 3) < 1e-12, String(all.logLoss));
    const late = predictionMetrics(packed, constant(0.8), start + 48 * hour);
    assert.equal(late.reviews, 2, 'judged from the cutoff on');
  });

  it('RMSE (bins) compares mean recall with mean prediction per bin of gap, review number and lapses, weighted by reviews', () => {
    // Two cards, each judged once at review 2 with a 1-day gap: one bin, recall 1/2, prediction 0.9.
    const oneBin = histories([
      ['a', 0, 3],
      ['a', 24, 3],
      ['b', 0, 3],
      ['b', 24, 1],
    ]);
    assert.ok(Math.abs(predictionMetrics(oneBin, constant(0.9)).rmseBins - 0.4) < 1e-12);
    // A third card judged with a 5-day gap falls in another bin (2.48·3.62¹ ≈ 8.98, not 2.48): recalled at 0.9, an error of 0.1.
    const twoBins = histories([
      ['a', 0, 3],
      ['a', 24, 3],
      ['b', 0, 3],
      ['b', 24, 1],
      ['c', 0, 3],
      ['c', 24 * 5, 3],
    ]);
    const expected = Math.sqrt((2 * 0.4 ** 2 + 1 * 0.1 ** 2) / 3);
    assert.ok(Math.abs(predictionMetrics(twoBins, constant(0.9)).rmseBins - expected) < 1e-12);
    // Per review, the same predictions would score sqrt(mean squared error) = sqrt((0.01 + 0.81 + 0.01) / 3), which is not it.
    assert.notEqual(predictionMetrics(twoBins, constant(0.9)).rmseBins, Math.sqrt((0.01 + 0.81 + 0.01) / 3));
  });

  it('the memory a prediction comes from is built from every earlier review of the card, held out or not', () => {
    const seen: number[] = [];
    const counting: MemoryModel<number> = { next: (state) => (state ?? 0) + 1, recall: (state) => { seen.push(state); return 0.5; } };
    const packed = histories([
      ['a', 0, 3],
      ['a', 24, 3],
      ['a', 48, 3],
      ['a', 72, 3],
    ]);
    predictionMetrics(packed, counting, start + 72 * hour);
    assert.deepEqual(seen, [3], 'the last review is predicted from the three before it');
  });
});
