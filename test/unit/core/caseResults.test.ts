import assert from 'node:assert/strict';
import { reportedTwiceMessage, resultsById } from '../../../src/core/problems/caseResults';

// The runner's result lines as the Testing view gets them.

describe('the results of a problem run', () => {
  it('one result per test id; a torn last line and lines that are not results are skipped', () => {
    const byId = resultsById('{"id":"a","status":"passed"}\nnot json\n{"id":"b","status":"failed","message":"1 != 2"}\n{"status":"passed"}\n{"id":"c","sta');
    assert.deepEqual([...byId.keys()], ['a', 'b']);
    assert.equal(byId.get('b')?.message, '1 != 2');
  });

  it('a test reported twice is errored, whichever line says passed: a forged line cannot make it pass', () => {
    const forgedFirst = resultsById('{"id":"a","status":"passed"}\n{"id":"a","status":"failed"}\n');
    const forgedAfter = resultsById('{"id":"a","status":"failed"}\n{"id":"a","status":"passed"}\n{"id":"a","status":"passed"}\n');
    for (const byId of [forgedFirst, forgedAfter]) assert.deepEqual(byId.get('a'), { id: 'a', status: 'errored', message: reportedTwiceMessage });
  });
});
