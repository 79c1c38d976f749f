import * as z from 'zod/mini';
import type { SourceRange } from '../decks/types';
import { id, linkSchema, minutes, readYaml, text, unknownLink, yamlIdOf, type ContentLink, type LinkTargets } from '../rounds/yamlSource';

// Design cases (rounds/cases/*.yaml, .loopprep/cases/*.yaml): an ML system-design interview
// as an interviewer runs it. The format is documented in rounds/cases/README.md.

export const factTopics = ['scale', 'latency', 'data', 'product', 'safety', 'constraints'] as const;
export type FactTopic = (typeof factTopics)[number];
/** The topics every case must answer when asked. */
export const requiredFactTopics: readonly FactTopic[] = ['scale', 'latency', 'data'];

export const estimateKinds = ['qps', 'embedding-memory', 'index-memory', 'feature-store', 'storage', 'bandwidth', 'other'] as const;
export type EstimateKind = (typeof estimateKinds)[number];
/** The back-of-envelope figures every case works through. */
export const requiredEstimateKinds: readonly EstimateKind[] = ['qps', 'embedding-memory', 'index-memory', 'feature-store'];

export interface CaseFact {
  readonly topic: FactTopic;
  readonly question: string;
  readonly answer: string;
}

export interface CasePhase {
  readonly title: string;
  readonly minutes: number;
  /** What a strong candidate covers in this phase. */
  readonly cover: readonly string[];
  /** Whether probes may arrive during it. */
  readonly probes: boolean;
}

export interface CaseProbe {
  readonly id: string;
  readonly question: string;
  /** The points a strong answer makes. */
  readonly points: readonly string[];
  readonly links: readonly ContentLink[];
}

export interface CaseEstimate {
  readonly kind: EstimateKind;
  readonly title: string;
  readonly working: string;
}

export interface OutlineSection {
  readonly section: string;
  readonly points: readonly string[];
}

export interface DesignCase {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly minutes: number;
  readonly prompt: string;
  readonly facts: readonly CaseFact[];
  readonly phases: readonly CasePhase[];
  readonly probes: readonly CaseProbe[];
  readonly pitfalls: readonly string[];
  readonly estimates: readonly CaseEstimate[];
  readonly deliverables: readonly string[];
  /** The reference outline: shown only after the round. */
  readonly outline: readonly OutlineSection[];
  readonly file: string;
}

export type CaseDiagnosticCode = 'case-yaml' | 'case-invalid' | 'case-id-mismatch' | 'duplicate-id' | 'phases-mismatch' | 'missing-part' | 'unknown-link' | 'parse-failed';

export interface CaseDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly code: CaseDiagnosticCode;
  readonly message: string;
  readonly range: SourceRange;
}

export interface ParsedCase {
  readonly file: string;
  /** Undefined when the case has an error (its diagnostics say where); a warning leaves it loaded. */
  readonly designCase: DesignCase | undefined;
  readonly diagnostics: readonly CaseDiagnostic[];
}

const lines = (what: string, least: number): z.ZodMiniArray<z.ZodMiniString> =>
  z.array(text(what), { error: `${what}s must be a list` }).check(z.minLength(least, { error: `at least ${least} ${what.toLowerCase()}s are needed` }));

const caseSchema = z.object({
  id: id('The case id'),
  title: text('The title'),
  source: text('source'),
  minutes: minutes(15, 120),
  prompt: text('The prompt'),
  facts: z.array(z.object({
    topic: z.enum(factTopics, { error: `A fact's topic is one of ${factTopics.join(', ')}` }),
    question: text('A fact question'),
    answer: text('A fact answer'),
  }), { error: 'facts must be a list of { topic, question, answer }' }).check(z.minLength(4, { error: 'a case needs at least 4 facts' })),
  phases: z.array(z.object({
    title: text('A phase title'),
    minutes: minutes(1, 120),
    cover: lines('Cover line', 2),
    probes: z._default(z.boolean({ error: 'probes must be true or false' }), false),
  }), { error: 'phases must be a list of { title, minutes, cover }' }).check(z.minLength(2, { error: 'a case needs at least 2 phases' })),
  probes: z.array(z.object({
    id: id('A probe id'),
    question: text('A probe question'),
    points: lines('Point', 2),
    links: z.array(linkSchema, { error: 'links must be a list' }).check(z.minLength(1, { error: 'a probe needs at least 1 link to what teaches it' })),
  }), { error: 'probes must be a list of { id, question, points, links }' }).check(z.minLength(5, { error: 'a case needs at least 5 probes' })),
  pitfalls: lines('Pitfall', 3),
  estimates: z.array(z.object({
    kind: z.enum(estimateKinds, { error: `An estimate's kind is one of ${estimateKinds.join(', ')}` }),
    title: text('An estimate title'),
    working: text('An estimate working'),
  }), { error: 'estimates must be a list of { kind, title, working }' }),
  deliverables: lines('Deliverable', 3),
  outline: z.array(z.object({ section: text('An outline section'), points: lines('Outline point', 2) }), { error: 'outline must be a list of { section, points }' }).check(z.minLength(4, { error: 'an outline needs at least 4 sections' })),
});

/** The case id a file gives: its name without `.yaml`/`.yml`. */
export function caseIdOf(file: string): string {
  return yamlIdOf(file);
}

/** Reads one case file. Bad input becomes diagnostics at their lines, never an exception. */
export function parseCase(source: string, file: string, targets: LinkTargets = {}): ParsedCase {
  const yaml = readYaml(source);
  const diagnostics: CaseDiagnostic[] = [];
  const report = (severity: CaseDiagnostic['severity'], code: CaseDiagnosticCode, message: string, path: readonly PropertyKey[]): void => {
    diagnostics.push({ severity, code, message, range: yaml.at(path) });
  };
  for (const problem of yaml.errors) diagnostics.push({ severity: 'error', code: 'case-yaml', message: problem.message, range: problem.range });
  if (yaml.errors.length > 0) return { file, designCase: undefined, diagnostics };

  const parsed = caseSchema.safeParse(yaml.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report('error', 'case-invalid', issue.message, issue.path);
    return { file, designCase: undefined, diagnostics };
  }
  const data = parsed.data;
  if (data.id !== caseIdOf(file)) report('warning', 'case-id-mismatch', `The case id "${data.id}" differs from the file name "${caseIdOf(file)}": rename one so they match`, ['id']);

  const total = data.phases.reduce((sum, phase) => sum + phase.minutes, 0);
  if (total !== data.minutes) report('error', 'phases-mismatch', `The phases add up to ${total} minutes, not the case's ${data.minutes}`, ['phases']);
  if (data.phases[0]?.probes === true) report('error', 'case-invalid', 'Probes cannot come in the first phase: the candidate is still clarifying', ['phases', 0, 'probes']);
  if (!data.phases.some((phase) => phase.probes)) report('error', 'missing-part', 'No phase has "probes: true": mark the phases where probes may come (the deep dive, the follow-ups)', ['phases']);
  for (const topic of requiredFactTopics) {
    if (!data.facts.some((fact) => fact.topic === topic)) report('error', 'missing-part', `No fact has the topic "${topic}": a candidate will ask about it`, ['facts']);
  }
  for (const kind of requiredEstimateKinds) {
    if (!data.estimates.some((estimate) => estimate.kind === kind)) report('error', 'missing-part', `No estimate has the kind "${kind}": the back-of-envelope block needs one`, ['estimates']);
  }
  const probeIds = new Set<string>();
  data.probes.forEach((probe, index) => {
    if (probeIds.has(probe.id)) report('error', 'duplicate-id', `Two probes have the id "${probe.id}": probe ids are unique in a case`, ['probes', index, 'id']);
    probeIds.add(probe.id);
    probe.links.forEach((link, linkIndex) => {
      const unknown = unknownLink(link, targets);
      if (unknown) report('warning', 'unknown-link', unknown, ['probes', index, 'links', linkIndex]);
    });
  });
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return { file, designCase: undefined, diagnostics };
  return { file, designCase: { ...data, file }, diagnostics };
}

/** The outline's points in order, each with a stable index ("section.point", from 1) for coverage records. */
export function outlinePoints(designCase: DesignCase): { readonly key: string; readonly section: string; readonly point: string }[] {
  return designCase.outline.flatMap((section, sectionIndex) => section.points.map((point, pointIndex) => ({ key: `${sectionIndex + 1}.${pointIndex + 1}`, section: section.section, point })));
}
