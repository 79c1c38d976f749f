import assert from 'node:assert/strict';
import { DisposableStore } from '../../../src/core/disposable';

describe('DisposableStore', () => {
  it('disposes in reverse order of registration, once', () => {
    const order: string[] = [];
    const store = new DisposableStore();
    store.add({ dispose: () => order.push('journal') });
    store.add({ dispose: () => order.push('view') });
    store.dispose();
    store.dispose();
    assert.deepEqual(order, ['view', 'journal']);
    assert.ok(store.isDisposed);
  });

  it('keeps disposing after one item throws, then rethrows', () => {
    const order: string[] = [];
    const store = new DisposableStore();
    store.add({ dispose: () => order.push('first') });
    store.add({
      dispose: () => {
        throw new Error('boom');
      },
    });
    store.add({ dispose: () => order.push('last') });
    assert.throws(() => { store.dispose(); }, /boom/);
    assert.deepEqual(order, ['last', 'first']);
  });

  it('disposes at once what is added after disposal', () => {
    const store = new DisposableStore();
    store.dispose();
    let disposed = false;
    store.add({ dispose: () => (disposed = true) });
    assert.ok(disposed);
  });
});
