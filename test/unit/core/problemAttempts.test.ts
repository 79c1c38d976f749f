import assert from 'node:assert/strict';
import { copyHistory, gradeSolve, problemAttemptEventType } from '../../../src/core/problems/attempts';
import { dueProblems, foldProblems } from '../../../src/core/problems/fold';

let next = 0;
const attempt = (problem: string, passed: number, total: number, seconds?: number): { id: string; type: string; time: number; data: unknown } => ({
  id: `a${++next}`,
  type: problemAttemptEventType,
  time: next * 1000,
  data: { problem, language: 'python', passed, total, ...(seconds === undefined ? {} : { seconds }) },
});

describe('practice-problem attempts', () => {
  it('status goes new → attempted → solved, and stays solved after a later failing run', () => {
    const { records } = foldProblems([attempt('jump-game', 2, 8, 300), attempt('jump-game', 8, 8, 900), attempt('jump-game', 7, 8, 60), attempt('lru-cache', 0, 6, 30)]);
    assert.deepEqual(records.get('jump-game'), { status: 'solved', attempts: 3, bestSeconds: 900, lastAttempt: 3000 });
    assert.equal(records.get('lru-cache')?.status, 'attempted');
    assert.equal(records.get('coin-change'), undefined, 'never attempted: new');
  });

  it('the best time is the fastest solving run; failing runs and malformed events do not count', () => {
    const { records } = foldProblems([
      attempt('coin-change', 6, 6, 1200),
      attempt('coin-change', 6, 6, 700),
      attempt('coin-change', 5, 6, 100),
      { id: 'bad', type: problemAttemptEventType, time: 1, data: { problem: 'coin-change', language: 'rust', passed: 1, total: 1 } },
      { id: 'bad2', type: problemAttemptEventType, time: 2, data: { problem: 'coin-change', language: 'python', passed: 7, total: 6 } },
    ]);
    assert.equal(records.get('coin-change')?.bestSeconds, 700);
    assert.equal(records.get('coin-change')?.attempts, 3);
  });

  it('a run with no tests solves nothing', () => {
    assert.deepEqual([...foldProblems([attempt('empty', 0, 0)]).solved], []);
  });

  it('grades a solve by the documented rule', () => {
    const base = { firstRunPassed: true, minutes: 15, targetMinutes: 20, hintsRevealed: 0, solutionRevealed: false };
    assert.equal(gradeSolve(base), 4, 'first run, no hint, in time: Easy');
    assert.equal(gradeSolve({ ...base, firstRunPassed: false }), 3, 'needed more runs: Good');
    assert.equal(gradeSolve({ ...base, minutes: 25 }), 3, 'over target: Good');
    assert.equal(gradeSolve({ ...base, hintsRevealed: 1 }), 3, 'one hint: Good');
    assert.equal(gradeSolve({ ...base, hintsRevealed: 2 }), 2, 'two hints: Hard');
    assert.equal(gradeSolve({ ...base, minutes: 41 }), 2, 'over twice the target: Hard');
    assert.equal(gradeSolve({ ...base, minutes: 40 }), 3, 'exactly twice the target: Good');
    assert.equal(gradeSolve({ ...base, solutionRevealed: true }), 1, 'solution revealed: Again');
  });
});

describe('a scaffolded copy\'s history', () => {
  const event = (type: string, data: Record<string, unknown>): { id: string; type: string; time: number; data: unknown } => ({ id: `h${++next}`, type, time: next, data });
  it('counts runs, hints and a solution shown before the solve, for that folder only', () => {
    const folder = 'practice/jump-game';
    const events = [
      event('problems.hint', { problem: 'jump-game', folder, index: 0 }),
      event(problemAttemptEventType, { problem: 'jump-game', language: 'python', passed: 1, total: 8, folder }),
      event('problems.hint', { problem: 'jump-game', folder: 'practice/jump-game-2', index: 0 }),
      event('problems.solution', { problem: 'jump-game', folder }),
      event(problemAttemptEventType, { problem: 'jump-game', language: 'python', passed: 8, total: 8, folder }),
      event('problems.solution', { problem: 'jump-game', folder: 'practice/other' }),
    ];
    assert.deepEqual(copyHistory(events, folder), { attempts: 2, solved: true, hintsRevealed: 1, solutionRevealed: true });
    assert.deepEqual(copyHistory(events, 'practice/jump-game-2'), { attempts: 0, solved: false, hintsRevealed: 1, solutionRevealed: false });
  });

  it('a solution looked at after the solve does not count against it', () => {
    const folder = 'practice/lru-cache';
    const events = [event(problemAttemptEventType, { problem: 'lru-cache', language: 'python', passed: 6, total: 6, folder }), event('problems.solution', { problem: 'lru-cache', folder })];
    assert.equal(copyHistory(events, folder).solutionRevealed, false);
  });

  it('the memory of a problem is that of its last graded solve', () => {
    const memory = (due: number): Record<string, unknown> => ({ stage: 'review', stability: 3, difficulty: 5, due, dueDay: 1, scheduledDays: 3, step: 0, reps: 1, lapses: 0, lastReview: 0 });
    const { memories } = foldProblems([event('problems.review', { problem: 'a', grade: 3, memory: memory(10) }), event('problems.review', { problem: 'a', grade: 4, memory: memory(20) }), event('problems.review', { problem: 'b', grade: 3, memory: 'bad' })]);
    assert.equal(memories.get('a')?.due, 20);
    assert.equal(memories.has('b'), false);
    assert.deepEqual(dueProblems(new Map([['late', memories.get('a') ?? assert.fail()], ['soon', { ...(memories.get('a') ?? assert.fail()), due: 5 }]]), 20), ['soon', 'late']);
    assert.deepEqual(dueProblems(memories, 19), [], 'not due before its day');
  });
});
