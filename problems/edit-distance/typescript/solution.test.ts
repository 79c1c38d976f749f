import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance } from './solution';

/** A small seeded generator, the same in the Python and TypeScript tests. */
class Lcg {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  below(n: number): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return (this.state >>> 16) % n;
  }
}

function randomText(rng: Lcg, length: number, letters: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(97 + rng.below(letters));
  return text;
}

/** The definition read literally, memoised: fine for short strings only. */
function byRecursion(a: string, b: string): number {
  const memo = new Map<string, number>();
  const distance = (i: number, j: number): number => {
    // a[i:] to b[j:]
    if (i === a.length) return b.length - j;
    if (j === b.length) return a.length - i;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const result = a[i] === b[j] ? distance(i + 1, j + 1) : 1 + Math.min(distance(i + 1, j + 1), distance(i + 1, j), distance(i, j + 1));
    memo.set(key, result);
    return result;
  };
  return distance(0, 0);
}

describe('editDistance', () => {
  test('example 1: a delete and a replace', () => {
    assert.equal(editDistance('stream', 'dream'), 2);
  });

  test('example 2: a delete and an insert', () => {
    assert.equal(editDistance('flaw', 'lawn'), 2);
  });

  test('example 3: from an empty string', () => {
    assert.equal(editDistance('', 'abc'), 3);
  });

  test('empty strings', () => {
    assert.equal(editDistance('', ''), 0);
    assert.equal(editDistance('abc', ''), 3);
    assert.equal(editDistance('x', ''), 1);
  });

  test('identical strings', () => {
    assert.equal(editDistance('tiktok', 'tiktok'), 0);
  });

  test('a replacement costs one', () => {
    assert.equal(editDistance('abc', 'abd'), 1);
    assert.equal(editDistance('a', 'b'), 1);
    assert.equal(editDistance('abc', 'xyz'), 3);
    assert.equal(editDistance('ab', 'wxyz'), 4);
  });

  test('a shift is two edits, not many mismatches', () => {
    assert.equal(editDistance('abcdef', 'bcdefa'), 2);
    assert.equal(editDistance('sunday', 'saturday'), 3);
  });

  test('the distance is symmetric', () => {
    for (const [a, b] of [['stream', 'dream'], ['flaw', 'lawn'], ['abcdef', 'bcdefa'], ['kayak', 'yak']] as const) {
      assert.equal(editDistance(a, b), editDistance(b, a), `${a}, ${b}`);
    }
  });

  test('seeded random strings match the recursive definition', () => {
    const rng = new Lcg(41);
    for (let trial = 0; trial < 400; trial++) {
      const a = randomText(rng, rng.below(8), 3);
      const b = randomText(rng, rng.below(8), 3);
      assert.equal(editDistance(a, b), byRecursion(a, b), `trial ${trial}: '${a}', '${b}'`);
    }
  });

  test('long strings', () => {
    assert.equal(editDistance('ab'.repeat(500), 'ba'.repeat(500)), 2);
    assert.equal(editDistance('a'.repeat(1000), 'b'.repeat(1000)), 1000);
    assert.equal(editDistance('a'.repeat(1000), 'a'.repeat(600)), 400);
    const text = randomText(new Lcg(43), 1000, 4);
    assert.equal(editDistance(text, text.slice(0, 400) + text.slice(401)), 1);
    assert.equal(editDistance(text, ''), 1000);
  });
});
