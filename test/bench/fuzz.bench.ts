import fs from 'node:fs';
import path from 'node:path';
import { parseCase } from '../../src/core/cases/caseFormat';
import { seededRandom } from '../../src/core/cases/probeSchedule';
import { parseQuestions } from '../../src/core/cases/questionFormat';
import { exportAnkiText, importAnkiText } from '../../src/core/decks/anki';
import { parseDeck } from '../../src/core/decks/deckFormat';
import { parseProblemMeta } from '../../src/core/problems/catalog';
import { parseLoop } from '../../src/core/rounds/loopFormat';
import { knownRoundIds } from '../../src/core/rounds/roundIds';
import { isStoryFile, storyTemplate } from '../../src/core/rounds/stories';
import { median, type Row } from './measure';
import { repositoryRoot } from '../unit/repository';

// Every parser of user files, fed seeded mutations of the real built-in files: byte flips,
// truncations, deep nesting, huge strings, alias bombs, shuffled and doubled lines (issue
// 16: "a fuzz test feeds at least 10,000 seeded mutations … 0 throws, each input parsed in
// under 1 s"). It takes minutes, so it is a benchmark rather than a unit test. The seed is
// fixed: a failure is repeatable, and the rows name the first ones by parser, mutation and
// number.

export const title = 'Parsers under seeded mutations of the real files (fuzz)';

const root = repositoryRoot();
const read = (...parts: string[]): string => fs.readFileSync(path.join(root, ...parts), 'utf8');
const yamlFiles = (folder: string): string[] => fs.readdirSync(path.join(root, folder)).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => read(folder, name));

const decks = fs.readdirSync(path.join(root, 'flashcards')).filter((name) => name.endsWith('.md') && name !== 'README.md').sort().map((name) => read('flashcards', name));
const problemMetas = fs.readdirSync(path.join(root, 'problems'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).slice(0, 12).map((entry) => read('problems', entry.name, 'problem.yaml'));
// An Anki export of a real deck: what a user's import looks like.
const ankiExports = decks.slice(0, 3).map((text, index) => exportAnkiText(text, { file: `/decks/deck-${index}.md` }).text);

interface FuzzTarget {
  readonly name: string;
  readonly seeds: readonly string[];
  readonly parse: (text: string) => unknown;
}

const targets: FuzzTarget[] = [
  { name: 'deck', seeds: decks, parse: (text) => parseDeck(text, { file: '/decks/fuzz.md', knownRounds: knownRoundIds }) },
  { name: 'story', seeds: [storyTemplate('project', 'Fuzz project', 'fuzz-project'), storyTemplate('star', 'Fuzz story', 'fuzz-story')], parse: (text) => (isStoryFile(text) ? parseDeck(text, { file: '/stories/fuzz.md' }) : undefined) },
  { name: 'loop', seeds: yamlFiles('rounds'), parse: (text) => parseLoop(text, '/rounds/fuzz.yaml', { decks: new Set(['a']), cards: new Set(['b']), problems: new Set(['c']) }) },
  { name: 'case', seeds: yamlFiles('rounds/cases'), parse: (text) => parseCase(text, '/cases/fuzz.yaml', { cards: new Set(['b']) }) },
  { name: 'questions', seeds: yamlFiles('rounds/questions'), parse: (text) => parseQuestions(text, '/questions/fuzz.yaml', { cards: new Set(['b']) }) },
  { name: 'problem metadata', seeds: problemMetas, parse: (text) => parseProblemMeta(text, 'fuzz') },
  // The import's deck must load too: it is written into the user's workspace.
  { name: 'Anki import', seeds: ankiExports, parse: (text) => parseDeck(importAnkiText(text, { rounds: ['coding'], existingIds: new Set() }).markdown, { file: '/decks/imported.md' }) },
];

const specials = ['{', '}', '[', ']', ':', '-', '\n', '\t', '#', '$', '`', '*', '&', '|', '>', '?', '!', '%', '@', '\\', '"', "'", '\u0000', '\uFFFF', '\uD800', '\u00e9', '\r', ' '];

type Mutation = (text: string, random: () => number) => string;

const at = (text: string, random: () => number): number => Math.floor(random() * (text.length + 1));
const insert = (text: string, where: number, piece: string): string => text.slice(0, where) + piece + text.slice(where);
const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

const mutations: Record<string, Mutation> = {
  'byte flips': (text, random) => {
    let result = text;
    const flips = 1 + Math.floor(random() * 20);
    for (let flip = 0; flip < flips; flip++) {
      const where = Math.floor(random() * Math.max(1, result.length));
      result = result.slice(0, where) + pick(specials, random) + result.slice(where + 1);
    }
    return result;
  },
  truncation: (text, random) => text.slice(0, at(text, random)),
  'deep nesting': (text, random) => {
    const unit = pick(['[', '{', '- ', '> ', '  - ', '{{c1::', '$', '`', '(', '*'], random);
    return insert(text, at(text, random), unit.repeat(1_000 + Math.floor(random() * 20_000)));
  },
  'huge string': (text, random) => insert(text, at(text, random), pick(['x', 'a b ', '#', '?', '\\'], random).repeat(100_000 + Math.floor(random() * 200_000))),
  'alias bomb': (text, random) => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]', 'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]'].join('\n');
    return random() < 0.5 ? `${bomb}\n${text}` : `${text}\n${bomb}\n`;
  },
  'lines shuffled and doubled': (text, random) => {
    const lines = text.split('\n');
    const result: string[] = [];
    for (const line of lines) {
      const roll = random();
      if (roll < 0.1) continue;
      result.splice(Math.floor(random() * (result.length + 1)), 0, line);
      if (roll > 0.9) result.push(line);
    }
    return result.join('\n');
  },
};

/** How many mutated inputs in all: at least 10,000, shared among the parsers. */
const total = 10_010;
/** No input may take this long to parse. */
const limitMs = 1_000;

export async function measure(): Promise<Row[]> {
  const random = seededRandom('loop-prep-fuzz-1');
  const names = Object.keys(mutations);
  const failures: string[] = [];
  let throws = 0;
  let slow = 0;
  let slowest = { ms: 0, label: '' };
  for (let index = 0; index < total; index++) {
    const target = targets[index % targets.length] as FuzzTarget;
    const seed = pick(target.seeds, random);
    const name = pick(names, random);
    const input = (mutations[name] as Mutation)(seed, random);
    const label = `#${index} ${target.name} / ${name}`;
    const started = performance.now();
    try {
      target.parse(input);
    } catch (error) {
      throws += 1;
      failures.push(`${label}: threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 80)}` : String(error)}`);
    }
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { ms, label };
    if (ms >= limitMs) {
      slow += 1;
      failures.push(`${label}: took ${Math.round(ms)} ms`);
    }
  }
  // The baseline: each parser on its unmutated files, the slowest of them.
  const baseline = Math.max(...targets.map((target) => median(3, () => { for (const seed of target.seeds) target.parse(seed); }) / target.seeds.length));
  await Promise.resolve();
  return [
    { figure: `inputs that threw, of ${total} (deck, story, loop, case, question, problem-metadata and Anki parsers)`, value: String(throws), target: '0', met: throws === 0 },
    { figure: `the slowest input's parse time (${slowest.label})`, value: `${Math.round(slowest.ms)} ms`, baseline: `${baseline.toFixed(1)} ms for the slowest parser on an unmutated file`, target: `< ${limitMs} ms`, met: slowest.ms < limitMs },
    { figure: `inputs that took ${limitMs} ms or more, of ${total}`, value: String(slow), target: '0', met: slow === 0 },
    { figure: 'the first failures', value: failures.length === 0 ? 'none' : failures.slice(0, 8).join('; ') },
  ];
}
