import { isRecord } from '../timer/timerEvents';
import { mockKinds, type MockKind } from './rubrics';
import type { ScheduledProbe } from './probeSchedule';

// What a mock round with an interviewer adds to a timed session, and what it records in the
// journal besides the timer's own events:
//   mock.ask       the candidate asked the interviewer one of the case's questions (a fact)
//   mock.probe     a probe arrived, at a moment of the round's run time
//   mock.answer    the candidate marked a probe answered, or not
//   mock.coverage  after the round: which points of the reference outline the design covered
// Each carries the timer session's id.

export const mockAskEventType = 'mock.ask';
export const mockProbeEventType = 'mock.probe';
export const mockAnswerEventType = 'mock.answer';
export const mockCoverageEventType = 'mock.coverage';

/** What makes a timed session a mock round with an interviewer (kept in its plan and its `timer.start`). */
export interface MockSetup {
  readonly kind: MockKind;
  /** A design round's case id. */
  readonly case?: string;
  /** A design round's doc, relative to the workspace folder. */
  readonly doc?: string;
  /** A design round's probes and when each arrives. */
  readonly probes?: readonly ScheduledProbe[];
  /** A behavioral round's questions, one per phase. */
  readonly questions?: readonly string[];
}

export interface MockAskData {
  readonly session: string;
  readonly case: string;
  /** The fact's index in the case, and its question (the case file may change later). */
  readonly fact: number;
  readonly question: string;
}

export interface MockProbeData {
  readonly session: string;
  readonly case: string;
  readonly probe: string;
  /** The round's run time when it arrived, ms. */
  readonly atMs: number;
}

export interface MockAnswerData {
  readonly session: string;
  readonly probe: string;
  readonly answered: boolean;
}

export interface MockCoverageData {
  readonly session: string;
  readonly case: string;
  /** The case's title when the round ran, for the Stats panel (the case file may change or go). */
  readonly title?: string;
  /** Keys of the outline points covered ("section.point", see outlinePoints). */
  readonly covered: readonly string[];
  readonly total: number;
}

const name = (value: unknown): value is string => typeof value === 'string' && value !== '' && value.length <= 300;
const whole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** A mock setup from outside (storage, a journal from another machine), checked. */
export function parseMockSetup(value: unknown): MockSetup | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, case: caseId, doc, probes, questions } = value;
  if (!(mockKinds as readonly unknown[]).includes(kind)) return undefined;
  if ((caseId !== undefined && !name(caseId)) || (doc !== undefined && !name(doc))) return undefined;
  if (probes !== undefined && !(Array.isArray(probes) && probes.every((probe) => isRecord(probe) && name(probe['probe']) && whole(probe['atMs'])))) return undefined;
  if (questions !== undefined && !(Array.isArray(questions) && questions.every(name))) return undefined;
  return value as unknown as MockSetup;
}

export function parseAsk(data: unknown): MockAskData | undefined {
  return isRecord(data) && name(data['session']) && name(data['case']) && whole(data['fact']) && typeof data['question'] === 'string' ? (data as unknown as MockAskData) : undefined;
}

export function parseProbe(data: unknown): MockProbeData | undefined {
  return isRecord(data) && name(data['session']) && name(data['case']) && name(data['probe']) && whole(data['atMs']) ? (data as unknown as MockProbeData) : undefined;
}

export function parseAnswer(data: unknown): MockAnswerData | undefined {
  return isRecord(data) && name(data['session']) && name(data['probe']) && typeof data['answered'] === 'boolean' ? (data as unknown as MockAnswerData) : undefined;
}

export function parseCoverage(data: unknown): MockCoverageData | undefined {
  return isRecord(data) && name(data['session']) && name(data['case']) && (data['title'] === undefined || typeof data['title'] === 'string') && Array.isArray(data['covered']) && data['covered'].every(name) && whole(data['total']) && data['total'] >= data['covered'].length
    ? (data as unknown as MockCoverageData)
    : undefined;
}
