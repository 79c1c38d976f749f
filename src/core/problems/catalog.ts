import { parse } from 'yaml';
import * as z from 'zod/mini';
import { knownRoundIds } from '../rounds/roundIds';
import { slugPattern, type ProblemMeta } from './problemFiles';
import { maxYamlDepth, tooDeep } from '../rounds/yamlSource';

// The parser of a practice problem's metadata, problems/<slug>/problem.yaml (documented in
// problems/README.md). It needs yaml and zod, so it lives in the lazy content bundle; the
// types and file names the extension needs at activation are in problemFiles.ts.

export { difficulties, languageFiles, problemLanguages, slugPattern, type Difficulty, type ProblemLanguage, type ProblemMeta } from './problemFiles';

const text = (what: string): z.ZodMiniString => z.string({ error: `${what} must be text` }).check(z.trim(), z.minLength(1, { error: `${what} is empty` }));
const metaSchema = z.object({
  title: text('title'),
  difficulty: z.enum(['easy', 'medium', 'hard'], { error: 'difficulty is one of easy, medium, hard' }),
  topics: z.array(text('A topic'), { error: 'topics must be a list' }).check(z.minLength(1, { error: 'topics is empty' })),
  rounds: z.array(z.enum([...knownRoundIds] as [string, ...string[]], { error: `A round is one of ${[...knownRoundIds].join(', ')}` }), { error: 'rounds must be a list' }).check(z.minLength(1, { error: 'rounds is empty' })),
  targetMinutes: z.number({ error: 'targetMinutes must be a number' }).check(z.int({ error: 'targetMinutes must be whole' }), z.minimum(5, { error: 'targetMinutes must be at least 5' }), z.maximum(120, { error: 'targetMinutes must be at most 120' })),
  complexity: z.object({ time: text('complexity.time'), space: text('complexity.space') }, { error: 'complexity must be { time, space }' }),
  hints: z.array(text('A hint'), { error: 'hints must be a list' }).check(z.minLength(1, { error: 'a problem needs at least one hint' })),
});

export type ParsedProblemMeta = { readonly ok: true; readonly meta: ProblemMeta } | { readonly ok: false; readonly errors: readonly string[] };

/** Reads a problem.yaml; errors name the field, for the log and the content test. */
export function parseProblemMeta(source: string, slug: string): ParsedProblemMeta {
  if (!slugPattern.test(slug)) return { ok: false, errors: [`"${slug}" is not a problem slug (lowercase letters, digits and hyphens)`] };
  // The same depth limit as loops and cases: the YAML parser recurses once per level.
  const deep = tooDeep(source);
  if (deep) return { ok: false, errors: [`not valid YAML: nested more than ${maxYamlDepth} levels deep (line ${deep.line + 1})`] };
  let data: unknown;
  try {
    data = parse(source, { uniqueKeys: true, logLevel: 'error' });
  } catch (error) {
    return { ok: false, errors: [`not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)}`] };
  }
  const parsed = metaSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'problem.yaml'}: ${issue.message}`) };
  return { ok: true, meta: { slug, ...parsed.data } };
}
