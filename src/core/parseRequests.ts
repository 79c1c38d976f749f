import type { ParsedCase } from './cases/caseFormat';
import type { ParsedQuestions } from './cases/questionFormat';
import type { ParsedDeck } from './decks/types';
import type { ParseFailure } from './parseSafely';
import type { ParsedProblemMeta } from './problems/catalog';
import type { ParsedLoop } from './rounds/loopFormat';
import type { LinkTargets } from './rounds/links';

// One file to parse, as the shells hand it to the parser worker (src/workers/parseWorker.ts)
// or, when there is none, to the parsers on their own thread: plain data both ways, since it
// crosses threads by structured clone. Types only, and the "nothing loaded" results: this
// module is in the activation bundle, the parsers are not.

/** What each kind of file parses to. */
export interface ParseResults {
  readonly deck: ParsedDeck;
  readonly loop: ParsedLoop;
  readonly case: ParsedCase;
  readonly questions: ParsedQuestions;
  readonly problemMeta: ParsedProblemMeta;
}

export type ParseKind = keyof ParseResults;

/** What each parser needs besides the text and the file. */
export interface ParseOptions {
  readonly deck: { readonly knownRounds?: ReadonlySet<string> };
  /** Loops are parsed without link targets: the library checks links once the decks are in (unknownLinks). */
  readonly loop: Record<string, never>;
  readonly case: { readonly targets?: LinkTargets };
  /** `seen`: the question ids of the files before this one (a repeated id is an error). */
  readonly questions: { readonly targets?: LinkTargets; readonly seen?: ReadonlySet<string> };
  /** `slug`: the problem's folder name, which is its id. */
  readonly problemMeta: { readonly slug: string };
}

/** One file to parse: its text, its path or URI (what diagnostics name), and the parser's options. */
export interface ParseRequest<K extends ParseKind = ParseKind> {
  readonly kind: K;
  readonly text: string;
  readonly file: string;
  readonly options: ParseOptions[K];
}

const nothingLoaded: { readonly [K in ParseKind]: (file: string, problem: ParseFailure) => ParseResults[K] } = {
  deck: (file, problem) => ({ file, deck: undefined, cards: [], diagnostics: [problem] }),
  loop: (file, problem) => ({ file, loop: undefined, diagnostics: [problem], links: [] }),
  case: (file, problem) => ({ file, designCase: undefined, diagnostics: [problem] }),
  questions: (file, problem) => ({ file, questions: [], diagnostics: [problem] }),
  problemMeta: (_file, problem) => ({ ok: false, errors: [problem.message] }),
};

/** A kind's "nothing in this file loaded" result, with the problem that says why. */
export function failedParse<K extends ParseKind>(kind: K, file: string, problem: ParseFailure): ParseResults[K] {
  return nothingLoaded[kind](file, problem);
}
