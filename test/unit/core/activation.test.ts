import assert from 'node:assert/strict';
import { asError, describeFailures, registerFeatures, type Disposable, type Feature } from '../../../src/core/activation';

describe('registerFeatures', () => {
  const noop: Disposable = { dispose: () => undefined };

  it('a feature that throws is reported by name; the features after it still register', () => {
    const registered: string[] = [];
    const feature = (name: string, fail = false): Feature => ({
      name,
      register: () => {
        if (fail) throw new Error('deck folder unreadable');
        registered.push(name);
        return noop;
      },
    });
    const handed: Disposable[] = [];
    const failures = registerFeatures([feature('rounds'), feature('flashcards', true), feature('timer')], (d) =>
      handed.push(d),
    );
    assert.deepEqual(registered, ['rounds', 'timer']);
    assert.equal(handed.length, 2, 'every successful registration is handed on to be disposed later');
    assert.equal(failures.length, 1);
    assert.equal(failures[0]?.feature, 'flashcards');
    assert.equal(
      describeFailures(failures),
      'Loop Prep could not start flashcards (deck folder unreadable). The rest of Loop Prep works; see the log for details.',
    );
  });

  it('turns a thrown non-Error into an Error that keeps it as the cause', () => {
    const error = asError({ code: 42 });
    assert.equal(error.message, '{"code":42}');
    assert.deepEqual(error.cause, { code: 42 });
    assert.equal(asError('plain text').message, 'plain text');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    assert.equal(asError(cyclic).message, '[object Object]', 'a value JSON cannot show still becomes an Error');
    assert.equal(asError(10n).message, '10');
  });
});
