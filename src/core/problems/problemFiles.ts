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
