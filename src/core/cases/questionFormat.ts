import * as z from 'zod/mini';
import type { SourceRange } from '../decks/types';
import { id, linkSchema, minutes, readYaml, text, unknownLink, type ContentLink, type LinkTargets } from '../rounds/yamlSource';

// The bank of behavioral, hiring-manager and recruiter questions (rounds/questions/*.yaml,
// .loopprep/questions/*.yaml). The format is documented in rounds/questions/README.md.

export const questionCategories = ['conflict', 'ownership', 'ambiguity', 'pressure', 'cross-functional', 'motivation', 'level', 'team-fit'] as const;
export type QuestionCategory = (typeof questionCategories)[number];

/** The conversations a question is asked in. */
export const questionRounds = ['recruiter', 'hiring-manager', 'behavioral'] as const;
export type QuestionRound = (typeof questionRounds)[number];

export interface BankQuestion {
  readonly id: string;
  readonly category: QuestionCategory;
  readonly askedIn: readonly QuestionRound[];
  /** The per-question clock. */
  readonly minutes: number;
  readonly question: string;
  readonly followUps: readonly string[];
  /** What a strong answer shows, as an interviewer's notes. */
  readonly listenFor: readonly string[];
  readonly links: readonly ContentLink[];
}

export interface QuestionDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly code: 'questions-yaml' | 'questions-invalid' | 'question-invalid' | 'duplicate-id' | 'unknown-link' | 'parse-failed';
  readonly message: string;
  readonly range: SourceRange;
}

export interface ParsedQuestions {
  readonly file: string;
  /** The questions that loaded; a bad one is left out. */
  readonly questions: readonly BankQuestion[];
  readonly diagnostics: readonly QuestionDiagnostic[];
}

const questionSchema = z.object({
  id: id('A question id'),
  category: z.enum(questionCategories, { error: `category is one of ${questionCategories.join(', ')}` }),
  'asked-in': z.array(z.enum(questionRounds, { error: `asked-in names any of ${questionRounds.join(', ')}` }), { error: 'asked-in must be a list' }).check(z.minLength(1, { error: 'asked-in is empty: name at least one round' })),
  minutes: minutes(1, 15),
  question: text('The question'),
  'follow-ups': z._default(z.array(text('A follow-up'), { error: 'follow-ups must be a list' }), []),
  'listen-for': z.array(text('A listen-for line'), { error: 'listen-for must be a list' }).check(z.minLength(1, { error: 'listen-for needs at least one signal of a strong answer' })),
  links: z._default(z.array(linkSchema, { error: 'links must be a list' }), []),
});
const fileSchema = z.object({ questions: z.array(z.unknown(), { error: 'questions must be a list' }) });

/**
 * Reads one question file. Bad input becomes diagnostics at their lines, never an
 * exception; a bad question is left out and the rest load. `seen` carries ids across files.
 */
export function parseQuestions(source: string, file: string, targets: LinkTargets = {}, seen: Set<string> = new Set()): ParsedQuestions {
  const yaml = readYaml(source);
  const diagnostics: QuestionDiagnostic[] = [];
  const report = (severity: QuestionDiagnostic['severity'], code: QuestionDiagnostic['code'], message: string, path: readonly PropertyKey[]): void => {
    diagnostics.push({ severity, code, message, range: yaml.at(path) });
  };
  for (const problem of yaml.errors) diagnostics.push({ severity: 'error', code: 'questions-yaml', message: problem.message, range: problem.range });
  if (yaml.errors.length > 0) return { file, questions: [], diagnostics };
  const parsed = fileSchema.safeParse(yaml.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report('error', 'questions-invalid', issue.message, issue.path);
    return { file, questions: [], diagnostics };
  }
  const questions: BankQuestion[] = [];
  parsed.data.questions.forEach((raw, index) => {
    const question = questionSchema.safeParse(raw);
    if (!question.success) {
      for (const issue of question.error.issues) report('error', 'question-invalid', `Question ${index + 1}: ${issue.message}; it is left out until it is fixed`, ['questions', index, ...issue.path]);
      return;
    }
    const data = question.data;
    if (seen.has(data.id)) {
      report('error', 'duplicate-id', `Another question has the id "${data.id}": this one is left out`, ['questions', index, 'id']);
      return;
    }
    seen.add(data.id);
    data.links.forEach((link, linkIndex) => {
      const unknown = unknownLink(link, targets);
      if (unknown) report('warning', 'unknown-link', unknown, ['questions', index, 'links', linkIndex]);
    });
    questions.push({ id: data.id, category: data.category, askedIn: data['asked-in'], minutes: data.minutes, question: data.question, followUps: data['follow-ups'], listenFor: data['listen-for'], links: data.links });
  });
  return { file, questions, diagnostics };
}
