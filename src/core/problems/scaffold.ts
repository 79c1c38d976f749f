import { languageFiles, slugPattern, type ProblemLanguage, type ProblemMeta } from './problemFiles';

// What "Scaffold Problem" writes into the workspace: practice/<slug>/ (the root is a
// setting) with the statement, the stub and the tests in one language, and a marker file
// that tells the Testing view which problem and language the folder holds.

/** The marker in each scaffolded folder. */
export const markerFile = '.loopprep-problem.json';

export interface ProblemMarker {
  readonly problem: string;
  readonly language: ProblemLanguage;
  /** When it was scaffolded (epoch ms): the solve clock starts here. */
  readonly scaffoldedAt: number;
}

export const languageLabels: Readonly<Record<ProblemLanguage, string>> = { python: 'Python', typescript: 'TypeScript' };

/**
 * The practice root as path segments, or why it cannot be used: it must stay inside the
 * workspace folder (relative, no `..`, no drive or leading slash).
 */
export function practiceRootSegments(root: string): { ok: true; segments: string[] } | { ok: false; error: string } {
  const trimmed = root.trim();
  if (trimmed === '') return { ok: false, error: 'The practice folder setting is empty.' };
  if (/^([a-zA-Z]:)?[\\/]/.test(trimmed) || trimmed.startsWith('~')) return { ok: false, error: `The practice folder "${trimmed}" must be relative to the workspace folder.` };
  const segments = trimmed.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return { ok: false, error: `The practice folder "${trimmed}" must stay inside the workspace folder (no "..").` };
  if (segments.length === 0) return { ok: false, error: `The practice folder "${trimmed}" names no folder.` };
  return { ok: true, segments };
}

/** The folder names to try for a problem, in order: `<slug>`, `<slug>-2`, `<slug>-3`…. */
export function* folderNames(slug: string, limit = 999): Generator<string, void> {
  if (!slugPattern.test(slug)) throw new Error(`"${slug}" is not a problem slug.`);
  yield slug;
  for (let n = 2; n <= limit; n++) yield `${slug}-${n}`;
}

/** The statement as written into the workspace: the catalog's README with the problem's facts under its title. */
export function composeStatement(meta: ProblemMeta, readme: string, language: ProblemLanguage): string {
  const body = readme.replace(/^\uFEFF?# [^\n]*\n/, '').replace(/^\n+/, '');
  const facts = [
    `**${meta.difficulty[0]?.toUpperCase() ?? ''}${meta.difficulty.slice(1)}** · target ${meta.targetMinutes} min · ${languageLabels[language]}`,
    `Topics: ${meta.topics.join(', ')} · Rounds: ${meta.rounds.join(', ')}`,
    `Aim for ${meta.complexity.time} time and ${meta.complexity.space} extra space.`,
  ];
  const footer = [
    '---',
    '',
    `Run the tests from the Testing view or with **Loop Prep: Run Problem Tests**. Stuck? **Loop Prep: Reveal Hint** adds ${meta.hints.length === 1 ? 'the hint' : `the ${meta.hints.length} hints, one at a time,`} to this statement, under “${revealedHintsHeading}”; the reference solution can be shown after your first run. Both are recorded, and count in how soon the problem comes back.`,
  ];
  return `# ${meta.title}\n\n${facts.join('  \n')}\n\n${body.trimEnd()}\n\n${footer.join('\n')}\n`;
}

/** The heading of the statement's section that keeps the hints a copy revealed. */
export const revealedHintsHeading = 'Hints you revealed';
// The section sits between these comments (invisible in the preview): Loop Prep rewrites
// what is between them and leaves every other character of the statement as it was.
const hintsStart = '<!-- loop-prep:hints (Loop Prep keeps the hints you revealed here) -->';
const hintsEnd = '<!-- /loop-prep:hints -->';

/**
 * The statement with its "Hints you revealed" section listing `hints` (in the order they
 * were revealed): replaced where it is, or else put under the title and the problem's
 * facts, where the preview shows it without scrolling (appended when the statement no
 * longer starts that way). The rest of the text, the user's notes included, is kept.
 */
export function withRevealedHints(statement: string, hints: readonly string[]): string {
  const items = hints.map((hint, index) => `${index + 1}. ${hint.trim().split('\n').join('\n   ')}`);
  const section = `${hintsStart}\n## ${revealedHintsHeading}\n\n${items.join('\n')}\n${hintsEnd}`;
  const start = statement.indexOf(hintsStart);
  const end = start < 0 ? -1 : statement.indexOf(hintsEnd, start);
  if (start >= 0 && end >= 0) return `${statement.slice(0, start)}${section}${statement.slice(end + hintsEnd.length)}`;
  // The title, a blank line, the facts' lines and the blank line after them.
  const head = /^\uFEFF?# [^\n]*\n\n(?:[^\n]+\n)+\n/.exec(statement);
  if (head) return `${head[0]}${section}\n\n${statement.slice(head[0].length)}`;
  const body = statement.replace(/\n*$/, '');
  return `${body}${body === '' ? '' : '\n\n'}${section}\n`;
}

/** The files to write for a problem in one language, relative to its new folder. */
export function scaffoldFiles(meta: ProblemMeta, language: ProblemLanguage, sources: { readonly readme: string; readonly stub: string; readonly tests: string }, now: number): { path: string; content: string }[] {
  const files = languageFiles[language];
  const marker: ProblemMarker = { problem: meta.slug, language, scaffoldedAt: now };
  return [
    { path: 'README.md', content: composeStatement(meta, sources.readme, language) },
    { path: baseName(files.stub), content: sources.stub },
    { path: baseName(files.tests), content: sources.tests },
    { path: markerFile, content: `${JSON.stringify(marker, null, 2)}\n` },
  ];
}

function baseName(file: string): string {
  return file.split('/').pop() ?? file;
}

/** Reads a marker file's text; undefined when it is not one. */
export function parseMarker(text: string): ProblemMarker | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { problem, language, scaffoldedAt } = value as Record<string, unknown>;
  if (typeof problem !== 'string' || !slugPattern.test(problem)) return undefined;
  if (language !== 'python' && language !== 'typescript') return undefined;
  if (typeof scaffoldedAt !== 'number' || !Number.isFinite(scaffoldedAt)) return undefined;
  return { problem, language, scaffoldedAt };
}
