import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Trie } from './solution';

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

function randomWord(rng: Lcg, shortest: number, longest: number, letters: number): string {
  const length = shortest + rng.below(longest - shortest + 1);
  let word = '';
  for (let i = 0; i < length; i++) word += String.fromCharCode(97 + rng.below(letters));
  return word;
}

/** An obviously correct model: the distinct words in a sorted array. */
class SortedWords {
  words: string[] = [];

  /** The first index whose word is >= target. */
  private lowerBound(target: string): number {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.words[middle] ?? '') < target) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  insert(word: string): void {
    const i = this.lowerBound(word);
    if (this.words[i] !== word) this.words.splice(i, 0, word);
  }

  has(word: string): boolean {
    return this.words[this.lowerBound(word)] === word;
  }

  suggest(prefix: string, k: number): string[] {
    const found: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.words.length && found.length < k; i++) {
      const word = this.words[i] ?? '';
      if (!word.startsWith(prefix)) break;
      found.push(word);
    }
    return found;
  }
}

describe('Trie', () => {
  test('example 1: lookups and suggestions', () => {
    const trie = new Trie();
    for (const word of ['cat', 'car', 'cart', 'dog']) trie.insert(word);
    assert.equal(trie.search('car'), true);
    assert.equal(trie.search('ca'), false);
    assert.equal(trie.startsWith('ca'), true);
    assert.deepEqual(trie.suggest('ca', 2), ['car', 'cart']);
    assert.deepEqual(trie.suggest('ca', 5), ['car', 'cart', 'cat']);
  });

  test('example 2: search needs a whole stored word', () => {
    const trie = new Trie();
    trie.insert('apple');
    assert.equal(trie.search('app'), false);
    assert.equal(trie.startsWith('app'), true);
    assert.equal(trie.search('apple'), true);
    assert.equal(trie.startsWith('apple'), true);
    assert.equal(trie.search('apples'), false);
    assert.equal(trie.startsWith('apples'), false);
    trie.insert('app');
    assert.equal(trie.search('app'), true);
  });

  test('example 3: suggestions follow dictionary order', () => {
    const trie = new Trie();
    for (const word of ['ab', 'b', 'abc', 'aab', 'aa']) trie.insert(word);
    assert.deepEqual(trie.suggest('a', 10), ['aa', 'aab', 'ab', 'abc']);
    assert.deepEqual(trie.suggest('a', 3), ['aa', 'aab', 'ab']);
  });

  test('a prefix that is a word comes first', () => {
    const trie = new Trie();
    for (const word of ['gone', 'goal', 'go', 'good']) trie.insert(word);
    assert.deepEqual(trie.suggest('go', 2), ['go', 'goal']);
    assert.deepEqual(trie.suggest('goo', 3), ['good']);
    assert.deepEqual(trie.suggest('good', 1), ['good']);
  });

  test('missing prefixes and an empty trie', () => {
    const empty = new Trie();
    assert.equal(empty.search('a'), false);
    assert.equal(empty.startsWith('a'), false);
    assert.deepEqual(empty.suggest('a', 3), []);
    assert.deepEqual(empty.suggest('', 3), []);
    const trie = new Trie();
    trie.insert('kite');
    assert.equal(trie.startsWith('kid'), false);
    assert.deepEqual(trie.suggest('x', 3), []);
    assert.deepEqual(trie.suggest('kites', 3), []);
  });

  test('a word inserted twice is stored once', () => {
    const trie = new Trie();
    trie.insert('hi');
    trie.insert('hi');
    trie.insert('him');
    assert.deepEqual(trie.suggest('h', 5), ['hi', 'him']);
  });

  test('the empty prefix suggests the smallest words', () => {
    const trie = new Trie();
    for (const word of ['zebra', 'mango', 'apple', 'banana', 'cherry']) trie.insert(word);
    assert.deepEqual(trie.suggest('', 3), ['apple', 'banana', 'cherry']);
  });

  test('separate tries do not share words', () => {
    const first = new Trie();
    const second = new Trie();
    first.insert('red');
    second.insert('blue');
    assert.equal(first.search('red'), true);
    assert.equal(first.search('blue'), false);
    assert.equal(second.startsWith('r'), false);
    assert.deepEqual(second.suggest('', 5), ['blue']);
  });

  test('seeded random operations match a sorted list', () => {
    const rng = new Lcg(31);
    const trie = new Trie();
    const model = new SortedWords();
    for (let step = 0; step < 3000; step++) {
      const word = randomWord(rng, 1, 4, 3);
      const action = rng.below(4);
      if (action === 0) {
        trie.insert(word);
        model.insert(word);
      } else if (action === 1) {
        assert.equal(trie.search(word), model.has(word), `step ${step}: search(${word})`);
      } else if (action === 2) {
        assert.equal(trie.startsWith(word), model.suggest(word, 1).length > 0, `step ${step}: startsWith(${word})`);
      } else {
        const prefix = word.slice(0, rng.below(word.length + 1));
        const k = 1 + rng.below(6);
        assert.deepEqual(trie.suggest(prefix, k), model.suggest(prefix, k), `step ${step}: suggest(${prefix}, ${k})`);
      }
    }
  });

  test('suggest stays fast on a large vocabulary', () => {
    const rng = new Lcg(99);
    const trie = new Trie();
    const model = new SortedWords();
    const words: string[] = [];
    for (let i = 0; i < 50_000; i++) words.push(randomWord(rng, 3, 9, 10));
    for (const word of words) trie.insert(word);
    model.words = [...new Set(words)].sort();
    const prefixes: string[] = [];
    for (let i = 0; i < 4_000; i++) prefixes.push(randomWord(rng, 1, 2, 10));
    const expected = prefixes.map((prefix) => model.suggest(prefix, 5));
    // Only the time inside suggest is counted; it is checked every 100 calls.
    let spent = 0;
    prefixes.forEach((prefix, i) => {
      const started = performance.now();
      const found = trie.suggest(prefix, 5);
      spent += (performance.now() - started) / 1000;
      assert.deepEqual(found, expected[i], `suggest(${prefix}, 5)`);
      if (i % 100 === 99) {
        assert.ok(spent < 1.0, `${i + 1} suggest calls took ${spent.toFixed(2)} s: stop once k words are found`);
      }
    });
  });
});
