// What a practice problem is made of, without the parser (catalog.ts): the extension's
// activation bundle imports this, and must not pull yaml and zod in with it.

export type Difficulty = 'easy' | 'medium' | 'hard';
export const difficulties: readonly Difficulty[] = ['easy', 'medium', 'hard'];
export type ProblemLanguage = 'python' | 'typescript';
export const problemLanguages: readonly ProblemLanguage[] = ['python', 'typescript'];

export interface ProblemMeta {
  readonly slug: string;
  readonly title: string;
  readonly difficulty: Difficulty;
  readonly topics: readonly string[];
  readonly rounds: readonly string[];
  readonly targetMinutes: number;
  readonly complexity: { readonly time: string; readonly space: string };
  readonly hints: readonly string[];
}

/** The files of one language of a problem, relative to `problems/<slug>/`. */
export const languageFiles: Readonly<Record<ProblemLanguage, { readonly stub: string; readonly tests: string; readonly reference: string }>> = {
  python: { stub: 'python/solution.py', tests: 'python/test_solution.py', reference: 'python/reference.py' },
  typescript: { stub: 'typescript/solution.ts', tests: 'typescript/solution.test.ts', reference: 'typescript/reference.ts' },
};

/** Lowercase letters, digits and single hyphens: safe as a folder name on every system. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The scheme of the read-only documents that show a problem's reference solution. */
export const solutionScheme = 'loop-prep-solution';

const extensions: Readonly<Record<ProblemLanguage, string>> = { python: 'py', typescript: 'ts' };

/**
 * The path of a reference solution's document, `/<slug>/<Title> (reference).<ext>`: its tab
 * is named after the problem, and the extension gives the document its language.
 */
export function solutionDocumentPath(slug: string, title: string, language: ProblemLanguage): string {
  const name = title.replace(/[\\/:*?"<>|#%]+/g, '-').trim() || slug;
  return `/${slug}/${name} (reference).${extensions[language]}`;
}

/** The problem and language a reference solution's document path names; undefined when it names none. */
export function parseSolutionDocumentPath(path: string): { slug: string; language: ProblemLanguage } | undefined {
  const match = /^\/([^/]+)\/[^/]+\.(py|ts)$/.exec(path);
  if (!match?.[1] || !slugPattern.test(match[1])) return undefined;
  return { slug: match[1], language: match[2] === 'py' ? 'python' : 'typescript' };
}
