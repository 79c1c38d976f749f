import type { LoggedEvent } from '../scheduling/fold';
import { mockAnswerEventType, mockAskEventType, mockCoverageEventType, mockProbeEventType, parseAnswer, parseAsk, parseCoverage, parseMockSetup, parseProbe, type MockSetup } from './mockEvents';
import type { ProbeHistory } from './probeSchedule';
import { timerStartEventType } from '../timer/timerEvents';

// The mock interviewer's part of the journal, folded: per session what was asked, which
// probes came and how they went, the outline's coverage; per case the coverage over time
// and the probes met, so the next round of a case starts with what the candidate has not
// met yet.

export interface MockProbeRecord {
  readonly probe: string;
  readonly atMs: number;
  /** When it arrived (host clock). */
  readonly time: number;
  /** The candidate's mark; undefined until they mark it. */
  readonly answered?: boolean;
}

export interface MockSessionRecord {
  readonly session: string;
  readonly setup?: MockSetup;
  /** Indexes of the facts asked, in the order asked. */
  readonly asked: readonly number[];
  readonly probes: readonly MockProbeRecord[];
  readonly coverage?: { readonly covered: readonly string[]; readonly total: number; readonly time: number };
  /** The case, from the setup or any of its events, and its title when the coverage was saved. */
  readonly caseId?: string;
  readonly title?: string;
}

export interface CaseCoverage {
  readonly session: string;
  readonly title?: string;
  readonly time: number;
  readonly covered: number;
  readonly total: number;
}

export interface FoldedMocks {
  readonly sessions: ReadonlyMap<string, MockSessionRecord>;
  /** Per case id, each round's coverage in time order. */
  readonly coverage: ReadonlyMap<string, readonly CaseCoverage[]>;
  /** Events whose data was malformed (ids). */
  readonly skipped: readonly string[];
}

interface MutableSession {
  session: string;
  setup?: MockSetup;
  asked: number[];
  probes: MockProbeRecord[];
  coverage?: { covered: readonly string[]; total: number; time: number };
  caseId?: string;
  title?: string;
}

/** Folds the mock events (and the mock setups in `timer.start`); other events are ignored. */
export function foldMocks(events: readonly LoggedEvent[]): FoldedMocks {
  const sessions = new Map<string, MutableSession>();
  const skipped: string[] = [];
  const session = (id: string): MutableSession => {
    let record = sessions.get(id);
    if (!record) sessions.set(id, (record = { session: id, asked: [], probes: [] }));
    return record;
  };
  for (const event of events) {
    switch (event.type) {
      case timerStartEventType: {
        const data = event.data as Record<string, unknown> | null;
        const setup = typeof data === 'object' && data !== null && data['mock'] !== undefined ? parseMockSetup(data['mock']) : undefined;
        if (setup && typeof data?.['session'] === 'string') {
          const record = session(data['session']);
          record.setup = setup;
          if (setup.case !== undefined) record.caseId = setup.case;
        }
        break;
      }
      case mockAskEventType: {
        const data = parseAsk(event.data);
        if (!data) skipped.push(event.id);
        else {
          const record = session(data.session);
          record.caseId ??= data.case;
          if (!record.asked.includes(data.fact)) record.asked.push(data.fact);
        }
        break;
      }
      case mockProbeEventType: {
        const data = parseProbe(event.data);
        if (!data) skipped.push(event.id);
        else {
          const record = session(data.session);
          record.caseId ??= data.case;
          if (!record.probes.some((probe) => probe.probe === data.probe)) record.probes.push({ probe: data.probe, atMs: data.atMs, time: event.time });
        }
        break;
      }
      case mockAnswerEventType: {
        const data = parseAnswer(event.data);
        if (!data) skipped.push(event.id);
        else {
          const record = session(data.session);
          // The latest mark counts; a mark for a probe not (yet) recorded as arrived still says it came.
          const index = record.probes.findIndex((probe) => probe.probe === data.probe);
          const marked = { ...(record.probes[index] ?? { probe: data.probe, atMs: 0, time: event.time }), answered: data.answered };
          if (index === -1) record.probes.push(marked);
          else record.probes[index] = marked;
        }
        break;
      }
      case mockCoverageEventType: {
        const data = parseCoverage(event.data);
        if (!data) skipped.push(event.id);
        else {
          const record = session(data.session);
          record.caseId ??= data.case;
          record.coverage = { covered: data.covered, total: data.total, time: event.time };
          if (data.title !== undefined) record.title = data.title;
        }
        break;
      }
      default:
        break;
    }
  }
  const coverage = new Map<string, CaseCoverage[]>();
  for (const record of sessions.values()) {
    if (!record.coverage || record.caseId === undefined) continue;
    const list = coverage.get(record.caseId) ?? [];
    list.push({ session: record.session, ...(record.title === undefined ? {} : { title: record.title }), time: record.coverage.time, covered: new Set(record.coverage.covered).size, total: record.coverage.total });
    coverage.set(record.caseId, list);
  }
  for (const list of coverage.values()) list.sort((a, b) => a.time - b.time);
  return { sessions, coverage, skipped };
}

/** How the candidate did with each probe of a case before (the latest mark counts; arrived and unmarked is missed). */
export function probeHistory(folded: FoldedMocks, caseId: string): ProbeHistory {
  const history = new Map<string, 'answered' | 'missed'>();
  const rounds = [...folded.sessions.values()].filter((record) => record.setup?.case === caseId).sort((a, b) => (a.probes[0]?.time ?? 0) - (b.probes[0]?.time ?? 0));
  for (const record of rounds) for (const probe of record.probes) history.set(probe.probe, probe.answered === true ? 'answered' : 'missed');
  return history;
}

/** Per case, what the Stats panel shows: how many rounds were checked, the last and the best coverage. */
export interface CaseCoverageRow {
  readonly case: string;
  readonly title: string;
  readonly rounds: number;
  readonly last: { readonly covered: number; readonly total: number; readonly time: number };
  readonly bestShare: number;
}

export function caseCoverage(folded: FoldedMocks): CaseCoverageRow[] {
  return [...folded.coverage].flatMap(([caseId, list]) => {
    const last = list.at(-1);
    if (!last) return [];
    const title = [...list].reverse().find((entry) => entry.title !== undefined)?.title ?? caseId;
    const bestShare = Math.max(...list.map((entry) => (entry.total === 0 ? 0 : entry.covered / entry.total)));
    return [{ case: caseId, title, rounds: list.length, last: { covered: last.covered, total: last.total, time: last.time }, bestShare }];
  }).sort((a, b) => b.last.time - a.last.time);
}
