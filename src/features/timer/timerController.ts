import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { advance, end, nextChangeIn, parseTimerState, pause, recordRun, resume, skipPhase, snapshot, startTimer, type TimerAlert, type TimerPlan, type TimerState } from '../../core/timer/timer';
import { timerEndEventType, timerPauseEventType, timerResumeEventType, timerReviewEventType, timerSkipEventType, timerSolvedEventType, timerStartEventType, type TimerEndData, type TimerReviewData, type TimerStartData } from '../../core/timer/timerEvents';
import { reviewData } from '../../core/timer/reviewData';
import type { Study } from '../state/study';
import type { Services } from '../services';

/** Where a window's timer is kept: one per workspace (see below). */
function stateKey(): string {
  const workspace = vscode.workspace.workspaceFile ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  return `loopPrep.timer.state:${workspace?.toString() ?? 'no-folder'}`;
}

/** Where the state is stored: a crash-safe file (see StateFile), or anything shaped like it in tests. */
export interface TimerStorage {
  get(key: string): unknown;
  update(key: string, value: unknown): Promise<void>;
}

/** What is stored: the state, and whether its end is in the journal yet. */
interface StoredTimer {
  readonly state: unknown;
  readonly endRecorded?: boolean;
  readonly reviewed?: boolean;
}

export type TimerChange = 'state' | 'tick';

/**
 * The host's clock for mock rounds, custom timers and timed coding sessions. It keeps one
 * state of the core's state machine, stores it after every change (in the crash-safe
 * state file, so a reload or crash finds it again and absolute timestamps keep it right),
 * writes the journal events, and wakes when the shown second changes or an alert falls due.
 *
 * The state is kept per workspace rather than once for all windows: with two windows open
 * each would otherwise tick the same timer and give every alert twice.
 */
export class TimerController implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TimerChange>();
  /** Fires on each change of state ('state') and each shown second ('tick'). */
  readonly onDidChange = this.changed.event;
  private readonly alerted = new vscode.EventEmitter<{ alert: TimerAlert; state: TimerState }>();
  /** Fires once per alert (phase change, 5 minutes left, time-up). */
  readonly onAlert = this.alerted.event;
  private readonly ended = new vscode.EventEmitter<TimerState>();
  /** Fires when a session ends, before its end is recorded (a coding session's last test run goes here). */
  readonly onDidEnd = this.ended.event;
  private current: TimerState | undefined;
  /** The session whose end is in the journal (per session: a late write must not mark the next one). */
  private endRecordedFor: string | undefined;
  private reviewed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The clock's wall shifts when the views were last sent the state. */
  private shiftsSeen = 0;
  /** Writes to storage and the journal, one after another in the order of the changes. */
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly services: Services,
    private readonly study: Study,
    private readonly storage: TimerStorage,
    /** A coding session's last test run, recorded into the ended session before its end is (also after a reload). */
    private readonly finalRun: (state: TimerState) => Promise<TimerState>,
    /** The timer's clock: the wall clock with its steps left out while the host runs (SteadyClock). */
    private readonly clock: { now(): number; readonly wallShifts: number },
  ) {}

  /** The time the timer goes by (views and commands read the state against it). */
  now(): number {
    return this.clock.now();
  }

  /** The session, if any (running, paused, or ended and not dismissed). */
  get state(): TimerState | undefined {
    return this.current;
  }

  /** Whether the ended session's self-review was saved. */
  get isReviewed(): boolean {
    return this.reviewed;
  }

  /** Whether a session is running or paused. */
  get isActive(): boolean {
    return this.current !== undefined && this.current.status !== 'ended';
  }

  /** Reads the stored timer back (after a reload or a crash) and brings it up to now. */
  restore(): void {
    const stored = this.storage.get(stateKey()) as StoredTimer | undefined;
    if (stored === undefined) return;
    const state = parseTimerState(stored.state);
    if (!state) {
      this.services.log.warn('The stored timer could not be read (damaged, or from another version); it was cleared.');
      void this.storage.update(stateKey(), undefined);
      return;
    }
    // Not made current before update(): a session that ended but whose end is not in the
    // journal yet (a crash, a reload during the last test run) must still be recorded.
    this.endRecordedFor = stored.endRecorded === true ? state.session : undefined;
    this.reviewed = stored.reviewed === true;
    this.services.log.info(`Timer restored: “${state.plan.title}”, ${state.status}.`);
    this.update(state, []);
  }

  /** Starts a plan now, replacing an ended session (an active one must be stopped first). */
  start(plan: TimerPlan): TimerState {
    if (this.isActive) throw new Error('A timer is already running: stop it first.');
    const now = this.now();
    const state = startTimer(plan, randomUUID(), now);
    this.reviewed = false;
    const data: TimerStartData = {
      session: state.session,
      kind: plan.kind,
      title: plan.title,
      phases: plan.phases.map(({ title, minutes }) => ({ title, minutes })),
      ...(plan.loop === undefined ? {} : { loop: plan.loop }),
      ...(plan.round === undefined ? {} : { round: plan.round }),
      ...(plan.problems ? { problems: plan.problems.map(({ problem, folder, targetMinutes }) => ({ problem, folder, targetMinutes })) } : {}),
      ...(plan.mock ? { mock: plan.mock } : {}),
    };
    this.record(timerStartEventType, data, now);
    this.update(state, []);
    return state;
  }

  pause(): void {
    this.change((state, now) => pause(state, now), timerPauseEventType);
  }

  resume(): void {
    this.change((state, now) => resume(state, now), timerResumeEventType);
  }

  /** Pauses a running timer, resumes a paused one. */
  toggle(): void {
    if (this.current?.status === 'running') this.pause();
    else if (this.current?.status === 'paused') this.resume();
  }

  /**
   * Moves on to the next phase. On the last phase only with `finish` (the view's Finish
   * button): a shortcut pressed once too often must not end the session unasked.
   */
  skipPhase(finish = false): boolean {
    const state = this.current;
    if (!state || state.status === 'ended') return false;
    if (!finish && snapshot(state, this.now()).phase >= state.plan.phases.length - 1) return false;
    this.change((current, now) => skipPhase(current, now), timerSkipEventType);
    return true;
  }

  stop(): void {
    this.change((state, now) => end(state, now, 'stopped'));
  }

  /** A coding session's problem ran its tests (folder relative to the workspace). */
  recordRun(folder: string, passed: number, total: number): void {
    const before = this.current;
    this.change((state, now) => recordRun(state, folder, passed, total, now));
    const solvedBefore = before?.plan.problems?.find((problem) => problem.folder === folder)?.solvedMs;
    const solved = this.current?.plan.problems?.find((problem) => problem.folder === folder);
    if (this.current && solved?.solvedMs !== undefined && solvedBefore === undefined) {
      this.record(timerSolvedEventType, { session: this.current.session, problem: solved.problem, folder, elapsedMs: solved.solvedMs }, this.now());
    }
  }

  /** Stores the self-review of the ended mock round. */
  async review(data: Omit<TimerReviewData, 'title' | 'loop' | 'round'>): Promise<void> {
    const state = this.current;
    if (state?.status !== 'ended' || state.session !== data.session) throw new Error('That mock round is no longer shown; its review was not saved.');
    const { plan } = state;
    // Checked as the fold will read it: a rating of a dimension the rubric does not have would make the event unreadable.
    const review = reviewData({ ...data, title: plan.title, ...(plan.loop === undefined ? {} : { loop: plan.loop }), ...(plan.round === undefined ? {} : { round: plan.round }) });
    if (!review) throw new Error('That review rates something its rubric does not have; it was not saved.');
    await this.study.state.recordEvent(timerReviewEventType, review, this.now());
    this.reviewed = true;
    this.persist();
    this.changed.fire('state');
  }

  /** Leaves the ended session's summary (the view goes back to choosing a timer). */
  dismiss(): void {
    if (this.current?.status !== 'ended') return;
    this.current = undefined;
    this.persist();
    this.changed.fire('state');
  }

  /** Resolves once every change so far is in storage and the journal (tests and shutdown). */
  async flushed(): Promise<void> {
    // A write queued while waiting (the clock ran out meanwhile) is waited for too.
    let pending: Promise<void>;
    do {
      pending = this.writes;
      await pending;
    } while (pending !== this.writes);
  }

  private change(apply: (state: TimerState, now: number) => TimerState, eventType?: string): void {
    const state = this.current;
    if (!state) return;
    const now = this.now();
    // Bring the state up to now first: a command right after a sleep acts on the true state.
    const { state: upToDate, alerts } = advance(state, now);
    const next = apply(upToDate, now);
    if (eventType && next !== upToDate) this.record(eventType, { session: state.session, ...(eventType === timerSkipEventType ? { phase: snapshot(next, now).phase } : {}) }, now);
    this.update(next, alerts);
  }

  /** Takes a new state: alerts, the end, storage, the next wake-up, the views. */
  private update(state: TimerState, alerts: readonly TimerAlert[]): void {
    const { state: next, alerts: more } = advance(state, this.now());
    const wasEnded = this.current?.status === 'ended' && this.current.session === next.session;
    this.current = next;
    this.persist();
    for (const alert of [...alerts, ...more]) this.alerted.fire({ alert, state: next });
    if (next.status === 'ended' && this.endRecordedFor !== next.session && !wasEnded) this.finish(next);
    this.schedule();
    this.changed.fire('state');
  }

  /** Records the end (after a coding session's last test run), once per session. */
  private finish(state: TimerState): void {
    this.ended.fire(state);
    this.writes = this.writes.then(async () => {
      let final = state;
      if (state.plan.kind === 'coding-session' && state.ending === 'time-up') {
        try {
          final = await this.finalRun(state);
        } catch (error) {
          this.services.log.error('The last test run of the timed session failed:', error);
        }
        if (this.current?.session === final.session) {
          this.current = final;
          this.changed.fire('state');
        }
      }
      const view = snapshot(final, final.endedAt ?? this.now());
      const data: TimerEndData = {
        session: final.session,
        ending: final.ending ?? 'stopped',
        elapsedMs: view.elapsedMs,
        phases: view.phases.filter((phase) => phase.startMs <= view.elapsedMs).map((phase, index) => ({ title: phase.title, minutes: final.plan.phases[index]?.minutes ?? 0, spentMs: phase.spentMs })),
        ...(final.plan.problems ? { problems: final.plan.problems.map(({ problem, folder, passed, total, solvedMs }) => ({ problem, folder, passed: passed ?? 0, total: total ?? 0, ...(solvedMs === undefined ? {} : { solvedMs }) })) } : {}),
      };
      await this.study.state.recordEvent(timerEndEventType, data, final.endedAt);
      this.endRecordedFor = final.session;
      await this.storage.update(stateKey(), this.stored());
    }).catch((error: unknown) => {
      this.services.log.error('Could not record the end of the timed session:', error);
    });
  }

  private record(type: string, data: unknown, time: number): void {
    this.writes = this.writes.then(() => this.study.state.recordEvent(type, data, time)).catch((error: unknown) => {
      this.services.log.error(`Could not record ${type} in the journal:`, error);
      void vscode.window.showErrorMessage(`Loop Prep could not record the timer in your journal: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  private stored(): StoredTimer | undefined {
    return this.current ? { state: this.current, endRecorded: this.endRecordedFor === this.current.session, reviewed: this.reviewed } : undefined;
  }

  private persist(): void {
    const stored = this.stored();
    this.writes = this.writes.then(() => this.storage.update(stateKey(), stored)).catch((error: unknown) => {
      this.services.log.error('Could not study the timer:', error);
    });
  }

  /** Wakes when the shown second changes; alerts fall on whole seconds of the plan, so they are caught too. */
  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const state = this.current;
    if (!state) return;
    const delay = nextChangeIn(state, this.now());
    if (delay === undefined) return;
    this.timer = setTimeout(() => { this.tick(); }, delay + 2);
  }

  private tick(): void {
    this.timer = undefined;
    const state = this.current;
    if (!state) return;
    const { state: next, alerts } = advance(state, this.now());
    if (next !== state) {
      this.update(next, alerts);
      return;
    }
    this.schedule();
    // The wall clock stepped: the Timer view counts seconds on its own clock between
    // changes, so it is sent the time again.
    const shifts = this.clock.wallShifts;
    this.changed.fire(shifts === this.shiftsSeen ? 'tick' : 'state');
    this.shiftsSeen = shifts;
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.changed.dispose();
    this.alerted.dispose();
    this.ended.dispose();
  }
}
