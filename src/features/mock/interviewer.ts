import * as vscode from 'vscode';
import { outlinePoints, type DesignCase } from '../../core/cases/caseFormat';
import { foldMocks, type FoldedMocks, type MockSessionRecord } from '../../core/cases/fold';
import { referenceDoc } from '../../core/cases/mockPlan';
import { mockAnswerEventType, mockAskEventType, mockCoverageEventType, mockProbeEventType } from '../../core/cases/mockEvents';
import { rubrics } from '../../core/cases/rubrics';
import { foldTimerHistory, type TimerHistory } from '../../core/timer/history';
import { snapshot, type TimerAlert, type TimerState } from '../../core/timer/timer';
import type { InterviewerView } from '../../webviews/timer/protocol';
import type { Study } from '../state/study';
import type { MockContent } from './mockContent';

/** The scheme of the read-only reference documents shown after a design round. */
export const referenceScheme = 'loop-prep-case';

/**
 * The interviewer of a mock round: what the Timer view shows beside the clock (the prompt,
 * what to cover now, the answers given, the probes that came, the current question), the
 * probes as they arrive, the answers to the candidate's questions, and after a design round
 * the reference outline and its coverage. What happened is in the journal; this reads it
 * back, so a reload shows the same round.
 */
export class MockInterviewer implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when what the Timer view shows of the interviewer changed (an answer, a mark, coverage). */
  readonly onDidChange = this.changed.event;
  private readonly references = new Map<string, string>();
  private readonly disposables: { dispose(): unknown }[] = [this.changed];

  constructor(
    private readonly content: MockContent,
    private readonly study: Study,
    private readonly now: () => number = Date.now,
  ) {
    this.disposables.push(vscode.workspace.registerTextDocumentContentProvider(referenceScheme, { provideTextDocumentContent: (uri) => this.references.get(uri.path) ?? '' }));
  }

  /** Tells the view to show the interviewer again (the content loaded). */
  refresh(): void {
    this.changed.fire();
  }

  /**
   * The journal's mock events and self-reviews, folded again only when it has new events
   * other than reviews (the plan's fold is then a new object, as StudyPlan relies on too):
   * the view is posted on every state change, and a review changes neither.
   */
  private folded(): { mocks: FoldedMocks; history: TimerHistory } {
    const key = this.study.state.planEvents();
    if (this.folds?.key !== key) {
      const events = this.study.state.journalEvents();
      this.folds = { key, mocks: foldMocks(events), history: foldTimerHistory(events) };
    }
    return this.folds;
  }

  private folds: { key: object; mocks: FoldedMocks; history: TimerHistory } | undefined;

  private record(session: string): MockSessionRecord | undefined {
    return this.folded().mocks.sessions.get(session);
  }

  /** The design case of a session, once the content has loaded (the view asks again when it has). */
  designCase(state: TimerState): DesignCase | undefined {
    return this.content.caseById(state.plan.mock?.case);
  }

  /** What the Timer view shows of the interviewer for a session; undefined for a plain timer. */
  view(state: TimerState): InterviewerView | undefined {
    const mock = state.plan.mock;
    if (!mock) return undefined;
    const phase = snapshot(state, this.now()).phase;
    const record = this.record(state.session);
    const base: InterviewerView = { kind: mock.kind, cover: [], upcoming: state.plan.phases.slice(phase + 1).map(({ title, minutes }) => ({ title, minutes })), asked: [], unasked: 0, probes: [], stories: [], lastNotes: this.lastNotes(mock.kind, state.session) };
    if (mock.kind === 'design') {
      const designCase = this.designCase(state);
      if (!designCase) return { ...base, missing: `The case “${mock.case ?? ''}” is not loaded (removed, or still loading).` };
      const asked = record?.asked ?? [];
      const arrived = new Map((record?.probes ?? []).map((probe) => [probe.probe, probe]));
      const due = (mock.probes ?? []).slice(0, state.announced.probes ?? 0);
      const points = outlinePoints(designCase);
      const covered = new Set(record?.coverage?.covered ?? []);
      return {
        ...base,
        caseTitle: designCase.title,
        prompt: designCase.prompt,
        cover: designCase.phases[phase]?.cover.slice() ?? [],
        asked: asked.flatMap((index) => {
          const fact = designCase.facts[index];
          return fact ? [{ question: fact.question, answer: fact.answer }] : [];
        }),
        unasked: designCase.facts.length - asked.length,
        probes: due.flatMap(({ probe: id }) => {
          const probe = designCase.probes.find((candidate) => candidate.id === id);
          const answered = arrived.get(id)?.answered;
          return probe ? [{ id, question: probe.question, ...(answered === undefined ? {} : { answered }) }] : [];
        }),
        ...(mock.doc ? { doc: mock.doc } : {}),
        ...(state.status === 'ended'
          ? { outline: { sections: designCase.outline.map((section, sectionIndex) => ({ section: section.section, points: points.filter((point) => point.key.startsWith(`${sectionIndex + 1}.`)).map((point) => ({ key: point.key, text: point.point, covered: covered.has(point.key) })) })), saved: record?.coverage !== undefined } }
          : {}),
      };
    }
    if (mock.kind === 'behavioral') {
      const id = mock.questions?.[phase];
      const question = id === undefined ? undefined : this.content.questionById(id);
      const stories = this.stories().map((story, index) => ({ title: story.title, index }));
      return {
        ...base,
        stories,
        ...(question ? { question: { text: question.question, category: question.category, followUps: question.followUps.slice(), listenFor: question.listenFor.slice() } } : {}),
        ...(id !== undefined && !question ? { missing: `The question “${id}” is not loaded (removed, or still loading).` } : {}),
      };
    }
    return base;
  }

  /** The user's stories (`stories/*.md` decks), to open beside a behavioral question. */
  stories(): { title: string; uri: vscode.Uri }[] {
    return this.study.library.all().filter((deck) => !deck.builtIn && /\/stories\/[^/]+\.md$/i.test(deck.uri.path) && deck.parsed.deck).map((deck) => ({ title: deck.parsed.deck?.title ?? '', uri: deck.uri }));
  }

  /** The notes of the last review of this kind of round (the one before the current session). */
  lastNotes(kind: keyof typeof rubrics, session: string): { title: string; text: string }[] {
    const reviews = this.folded().history.reviews.filter((review) => review.rubric === kind && review.session !== session);
    const last = reviews.at(-1);
    if (!last) return [];
    const notes = rubrics[kind].dimensions.flatMap((dimension) => {
      const text = last.notes?.[dimension.id]?.trim();
      return text ? [{ title: dimension.title, text }] : [];
    });
    return last.note?.trim() ? [...notes, { title: 'Overall', text: last.note.trim() }] : notes;
  }

  /** "Ask the Interviewer…": a question from the case's list; the answer is shown and recorded. */
  async ask(state: TimerState | undefined, factIndex?: number): Promise<string | undefined> {
    const designCase = state ? this.designCase(state) : undefined;
    if (!state || state.status === 'ended' || !designCase) {
      void vscode.window.showInformationMessage('Ask the Interviewer works during a mock design round. Start one with Start Mock Round on a system-design round.');
      return undefined;
    }
    const asked = new Set(this.record(state.session)?.asked ?? []);
    let index = factIndex;
    if (index === undefined) {
      const pick = await vscode.window.showQuickPick(
        designCase.facts.flatMap((fact, candidate) => (asked.has(candidate) ? [] : [{ label: fact.question, description: fact.topic, index: candidate }])),
        { title: 'Ask the Interviewer', placeHolder: asked.size === designCase.facts.length ? 'You have asked every question the interviewer has an answer for.' : 'What would you like to know?', matchOnDescription: true },
      );
      if (!pick) return undefined;
      index = pick.index;
    }
    const fact = designCase.facts[index];
    if (!fact) throw new Error('The interviewer has no such question.');
    await this.study.state.recordEvent(mockAskEventType, { session: state.session, case: designCase.id, fact: index, question: fact.question }, this.now());
    this.changed.fire();
    void vscode.window.showInformationMessage(`Interviewer: ${fact.answer}`);
    return fact.answer;
  }

  /** A probe arrived: recorded with its moment, shown as a notification and in the Timer view. */
  async probeArrived(state: TimerState, alert: Extract<TimerAlert, { kind: 'probe' }>): Promise<void> {
    const designCase = this.designCase(state);
    const probe = designCase?.probes.find((candidate) => candidate.id === alert.probe);
    await this.study.state.recordEvent(mockProbeEventType, { session: state.session, case: state.plan.mock?.case ?? '', probe: alert.probe, atMs: alert.atMs }, this.now());
    this.changed.fire();
    if (!probe) return;
    const choice = await vscode.window.showInformationMessage(`Interviewer: ${probe.question}`, 'Answered', 'Could Not Answer');
    if (choice) await this.markProbe(state.session, alert.probe, choice === 'Answered');
  }

  async markProbe(session: string, probe: string, answered: boolean): Promise<void> {
    await this.study.state.recordEvent(mockAnswerEventType, { session, probe, answered }, this.now());
    this.changed.fire();
  }

  /** After a design round: the reference (outline, the interviewer's answers, probes with their points, estimates, pitfalls) beside the doc. */
  async showReference(state: TimerState): Promise<void> {
    const designCase = this.designCase(state);
    if (!designCase) throw new Error('The case of this round is no longer loaded.');
    const path = `/${designCase.id}/reference.md`;
    this.references.set(path, referenceDoc(designCase));
    const uri = vscode.Uri.from({ scheme: referenceScheme, path });
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  }

  /** The outline points the candidate ticked as covered. */
  async saveCoverage(state: TimerState, covered: readonly string[]): Promise<void> {
    const designCase = this.designCase(state);
    if (!designCase || state.status !== 'ended') throw new Error('The outline can be checked once a design round has ended.');
    const keys = new Set(outlinePoints(designCase).map((point) => point.key));
    const kept = [...new Set(covered)].filter((key) => keys.has(key));
    await this.study.state.recordEvent(mockCoverageEventType, { session: state.session, case: designCase.id, title: designCase.title, covered: kept, total: keys.size }, this.now());
    this.changed.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
