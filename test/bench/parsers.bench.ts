import { parseDeck } from '../../src/core/decks/deckFormat';
import { parseLoop } from '../../src/core/rounds/loopFormat';
import { maxYamlCharacters } from '../../src/core/rounds/yamlSource';
import { knownRoundIds } from '../../src/core/rounds/roundIds';
import { repositoryRoot } from '../unit/repository';
import { adversarialCases, knownTargets, type AdversarialCase } from './adversarialFiles';
import { median, type Row } from './measure';

// Issue 16, line 3: each adversarial file parses within 3× a same-size valid file, parsed in
// the same run, and under 1 s.

export const title = 'Parsers on adversarial files, each beside a valid file of the same size (linear time)';

const runs = 5;
const limitMs = 1_000;
const ratioLimit = 3;

function parserOf(adversarial: AdversarialCase): (text: string) => { readonly diagnostics: readonly unknown[] } {
  if (adversarial.kind === 'deck') return (text) => parseDeck(text, { file: '/bench/.loopprep/flashcards/adversarial.md', knownRounds: knownRoundIds });
  // The loop id matches the file name in both files, so the valid one gives no diagnostic.
  const file = `/bench/.loopprep/rounds/${adversarial.name.includes('links') ? 'unknown-links' : 'bad-item-ids'}.yaml`;
  return (text) => parseLoop(text, file, knownTargets);
}

export async function measure(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const adversarial of adversarialCases(repositoryRoot())) {
    const parse = parserOf(adversarial);
    // A loop over the YAML size limit is refused unread (one diagnostic), its twin too: the
    // row says so rather than pass it off as a parse.
    const refused = adversarial.kind === 'loop' && adversarial.text.length > maxYamlCharacters;
    const found = parse(adversarial.text).diagnostics.length;
    if (found < (refused ? 1 : adversarial.leastDiagnostics)) throw new Error(`${adversarial.name}: ${found} diagnostics, expected at least ${adversarial.leastDiagnostics}`);
    const validFound = parse(adversarial.valid).diagnostics.length;
    if (validFound !== (refused ? 1 : 0)) throw new Error(`${adversarial.name}: the valid file gave ${validFound} diagnostics`);
    // Alternated, so both see the same load on this shared machine.
    const ours: number[] = [];
    const baselines: number[] = [];
    for (let run = 0; run < runs; run++) {
      ours.push(median(1, () => parse(adversarial.text), 0));
      baselines.push(median(1, () => parse(adversarial.valid), 0));
    }
    const value = middle(ours);
    const baseline = middle(baselines);
    const ratio = value / Math.max(baseline, 0.1);
    rows.push({
      figure: `${adversarial.name} (${kilobytes(adversarial.text)}, ${refused ? `refused unread: loop files are read up to ${maxYamlCharacters / 1024} KB` : `${found.toLocaleString('en')} diagnostics`}), median of ${runs}`,
      value: `${value.toFixed(0)} ms`,
      baseline: `a valid ${adversarial.kind} of ${kilobytes(adversarial.valid)} ${baseline.toFixed(0)} ms`,
      ratio: `${ratio.toFixed(2)}×`,
      target: `≤ ${ratioLimit}× and < ${limitMs} ms`,
      met: ratio <= ratioLimit && value < limitMs,
    });
    await Promise.resolve();
  }
  return rows;
}

function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function kilobytes(text: string): string {
  return `${Math.round(text.length / 1024).toLocaleString('en')} KB`;
}
