import assert from 'node:assert/strict';
import { parseDeck } from '../../../src/core/decks/deckFormat';
import type { ParsedDeck } from '../../../src/core/decks/types';
import { parseSafely } from '../../../src/core/parseSafely';

// What every shell does with the files it loads (src/features/*): each file's parser runs
// through parseSafely, so one that throws is a diagnostic on that file and the rest load.

const good = (title: string, id: string): string => `---\ntitle: ${title}\nrounds: [coding]\n---\n\n## Q {#${id}}\n\nQuestion\n\n?\n\nAnswer\n`;

describe('parseSafely', () => {
  it('a parser that throws gives an error on the file’s first line naming the exception; the files around it still load', () => {
    const files = [
      { file: '/decks/a.md', parse: (file: string): ParsedDeck => parseDeck(good('A', 'a'), { file }) },
      {
        file: '/decks/broken.md',
        parse: (): ParsedDeck => {
          throw new RangeError('Maximum call stack size exceeded');
        },
      },
      { file: '/decks/c.md', parse: (file: string): ParsedDeck => parseDeck(good('C', 'c'), { file }) },
    ];
    const loaded = files.map(({ file, parse }) => parseSafely(() => parse(file), (problem): ParsedDeck => ({ file, deck: undefined, cards: [], diagnostics: [problem] })));
    assert.deepEqual(loaded.map((parsed) => parsed.cards.map((card) => card.id)), [['a'], [], ['c']]);
    assert.deepEqual(loaded.map((parsed) => parsed.diagnostics.length), [0, 1, 0]);
    const problem = loaded[1]?.diagnostics[0];
    assert.ok(problem);
    assert.equal(problem.severity, 'error');
    assert.equal(problem.code, 'parse-failed');
    assert.deepEqual(problem.range, { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 });
    assert.match(problem.message, /RangeError: Maximum call stack size exceeded/);
    assert.match(problem.message, /every other file still loads/);
  });

  it('a value thrown that is not an Error is named too, and a parser that returns is left alone', () => {
    const thrown = parseSafely((): string => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the point: a thrown value that is not an Error
      throw 'a string';
    }, (problem) => problem.message);
    assert.match(thrown, /\(a string\)/);
    assert.equal(parseSafely(() => 'parsed', () => 'failed'), 'parsed');
  });
});
