import { parseCase } from '../cases/caseFormat';
import { parseQuestions } from '../cases/questionFormat';
import { parseSafely } from '../parseSafely';
import { failedParse, type ParseKind, type ParseOptions, type ParseRequest, type ParseResults } from '../parseRequests';
import { parseProblemMeta } from '../problems/catalog';
import { parseLoop } from '../rounds/loopFormat';
import { parseDeck } from './deckFormat';

const parsers: { readonly [K in ParseKind]: (text: string, file: string, options: ParseOptions[K]) => ParseResults[K] } = {
  deck: (text, file, { knownRounds }) => parseDeck(text, { file, knownRounds }),
  loop: (text, file) => parseLoop(text, file),
  case: (text, file, { targets }) => parseCase(text, file, targets),
  // A copy: the parser adds this file's ids to the set, and the caller's is not its to change.
  questions: (text, file, { targets, seen }) => parseQuestions(text, file, targets, new Set(seen)),
  problemMeta: (text, _file, { slug }) => parseProblemMeta(text, slug),
};

/**
 * Parses one file with its kind's parser, through parseSafely (an exception is a
 * diagnostic on the file). What the parser worker runs, and the shells when it cannot.
 */
export function parseContent<K extends ParseKind>(request: ParseRequest<K>): ParseResults[K] {
  return parseSafely(() => parsers[request.kind](request.text, request.file, request.options), (problem) => failedParse(request.kind, request.file, problem));
}
