import fs from 'node:fs';
import path from 'node:path';

// The adversarial files of issue 16 ("200,000 unclosed clozes, 50,000 unknown loop links,
// 50,000 bad item ids, 100,000 diagnostics in one deck"), each beside a valid file of the
// same size: the baseline the parser's time on it is compared with. Shared by the Node
// benchmark (parsers.bench.ts) and the extension-host one (parsersHostProbe.ts).

/** One adversarial file and its same-size valid twin. */
export interface AdversarialCase {
  /** What the file holds, as the benchmark prints it. */
  readonly name: string;
  /** `deck` files go in .loopprep/flashcards, `loop` files in .loopprep/rounds. */
  readonly kind: 'deck' | 'loop';
  readonly text: string;
  /** A valid file of (about) the same size: what the parser takes on a file that big. */
  readonly valid: string;
  /** How many diagnostics the file must give, at least: the attack really happened. */
  readonly leastDiagnostics: number;
}

/** The link targets a loop's valid twin names (and the adversarial one does not). */
export const knownTargets = { decks: new Set(['d']), cards: new Set(['c']), problems: new Set(['p']) };

const deckHeader = (title: string): string => `---\ntitle: ${title}\nrounds: [ml-fundamentals]\n---\n\n`;

/**
 * A valid deck of `bytes` characters or more: the built-in decks' cards, copied with fresh
 * ids until it is that big, so its cards are the kinds a user writes (basic, reversed,
 * cloze, code, math).
 */
export function validDeckOfSize(root: string, bytes: number): string {
  const folder = path.join(root, 'flashcards');
  const bodies = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => fs.readFileSync(path.join(folder, name), 'utf8'))
    // Each deck's cards: everything after its front matter, from the first card heading.
    .map((text) => text.slice(text.indexOf('\n## ')));
  const parts = [deckHeader('Valid deck')];
  let size = parts[0]?.length ?? 0;
  for (let copy = 0; size < bytes; copy++) {
    const body = (bodies[copy % bodies.length] ?? '').replace(/\{#([a-z0-9-]+)/g, (_, id: string) => `{#${id}-${copy}`);
    parts.push(body);
    size += body.length;
  }
  return parts.join('');
}

/** 200,000 `{{c1::` never closed, in one card of a deck of about 1.2 MB. */
function unclosedClozes(root: string): AdversarialCase {
  const count = 200_000;
  // A line break every 20 markers: a long card rather than one 1.2 MB line.
  const lines: string[] = [];
  for (let line = 0; line < count / 20; line++) lines.push('{{c1::'.repeat(20));
  const text = `${deckHeader('Unclosed clozes')}## Unclosed {#unclosed}\n\n${lines.join('\n')}\n`;
  // The first 100 are listed one by one and the rest counted in one more (deckFormat.ts).
  return { name: `${count.toLocaleString('en')} unclosed clozes in one deck`, kind: 'deck', text, valid: validDeckOfSize(root, text.length), leastDiagnostics: 101 };
}

/**
 * 100,000 cards whose heading has `{:c-N}` where the id `{#c-N}` belongs: one diagnostic
 * each. Its twin is the same cards with their ids, the same size to the byte.
 */
function manyDiagnostics(): AdversarialCase {
  const count = 100_000;
  const deck = (marker: string): string => {
    const cards: string[] = [];
    for (let card = 0; card < count; card++) cards.push(`## Card ${card} {${marker}c-${card}}\nq\n?\na\n`);
    return `${deckHeader('Many diagnostics')}${cards.join('\n')}`;
  };
  return { name: `${count.toLocaleString('en')} diagnostics in one deck (cards with no id)`, kind: 'deck', text: deck(':'), valid: deck('#'), leastDiagnostics: count };
}

/**
 * A loop with one round of `items` checklist items of `links` links each, in flow style
 * (one line per item): the most compact way to write that many, since the YAML parser
 * costs about 1 µs a byte here whatever the content.
 */
function loopFile(id: string, items: number, itemId: (index: number) => string, link: (index: number) => string, links: number): string {
  const lines = [
    `id: ${id}`,
    'title: A large loop',
    'description: A loop with a very long checklist.',
    'source: Generated for the parser benchmark.',
    'rounds:',
    '  - id: coding',
    '    title: Coding',
    '    kinds: [coding]',
    '    tests: Whether the parser keeps up.',
    '    format: One long session.',
    '    minutes: 60',
    '    phases: [{ title: Everything, minutes: 60 }]',
    '    checklist:',
  ];
  for (let item = 0; item < items; item++) {
    const itemLinks = Array.from({ length: links }, (_, index) => link(item * links + index));
    lines.push(links === 0 ? `    - {id: ${itemId(item)}, text: t}` : `    - {id: ${itemId(item)}, text: t, links: [${itemLinks.join(', ')}]}`);
  }
  return `${lines.join('\n')}\n`;
}

/** 50,000 links to cards, decks and problems that do not exist (1,000 items of 50 links). */
function unknownLinks(): AdversarialCase {
  const count = 50_000;
  const unknown = ['card: u', 'deck: u', 'problem: u'];
  const known = ['card: c', 'deck: d', 'problem: p'];
  const text = loopFile('unknown-links', count / 50, (item) => `item-${item}`, (index) => unknown[index % 3] ?? '', 50);
  const valid = loopFile('unknown-links', count / 50, (item) => `item-${item}`, (index) => known[index % 3] ?? '', 50);
  return { name: `${count.toLocaleString('en')} unknown links in one loop`, kind: 'loop', text, valid, leastDiagnostics: count };
}

/** 50,000 checklist items whose ids are not ids (capitals and underscores). */
function badItemIds(): AdversarialCase {
  const count = 50_000;
  const text = loopFile('bad-item-ids', count, (item) => `B_${item}`, () => '', 0);
  const valid = loopFile('bad-item-ids', count, (item) => `b-${item}`, () => '', 0);
  return { name: `${count.toLocaleString('en')} bad checklist item ids in one loop`, kind: 'loop', text, valid, leastDiagnostics: count };
}

/** The four files of the issue, in its order. */
export function adversarialCases(root: string): AdversarialCase[] {
  return [unclosedClozes(root), unknownLinks(), badItemIds(), manyDiagnostics()];
}
