import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import * as vscode from 'vscode';
import type { DesignCase } from '../../core/cases/caseFormat';
import { foldMocks, probeHistory } from '../../core/cases/fold';
import { designDoc, mockFolderName, pickQuestions, questionRoundOf } from '../../core/cases/mockPlan';
import { scheduleProbes } from '../../core/cases/probeSchedule';
import { mockKindsOfRound, rubrics, type MockKind } from '../../core/cases/rubrics';
import type { Loop, Round } from '../../core/rounds/loopFormat';
import { roundPlan, type TimerPlan } from '../../core/timer/timer';
import type { Study } from '../state/study';
import type { MockContent } from './mockContent';

/** Which round to rehearse, and (from a test or a keybinding's args) the choices the pickers would ask. */
export interface MockRoundRequest {
  readonly loop: string;
  readonly round: string;
  readonly mock?: MockKind;
  /** A design round's case id. */
  readonly case?: string;
  /** The round's length instead of the case's (its phases and probe moments shrink with it). */
  readonly minutes?: number;
}

export function isMockRoundRequest(value: unknown): value is MockRoundRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { loop, round, mock, case: caseId, minutes } = value as Record<string, unknown>;
  return typeof loop === 'string' && typeof round === 'string'
    && (mock === undefined || (typeof mock === 'string' && mock in rubrics))
    && (caseId === undefined || typeof caseId === 'string')
    && (minutes === undefined || (typeof minutes === 'number' && minutes > 0 && minutes <= 240));
}

const mockLabels: Readonly<Record<MockKind, { label: string; detail: string }>> = {
  design: { label: '$(symbol-structure) Design case', detail: 'An interviewer\'s case: a prompt, answers when you ask, probes during the deep dive, a design doc and a reference outline after.' },
  behavioral: { label: '$(comment-discussion) Questions, one at a time', detail: 'Behavioral questions with a clock each; your stories beside them.' },
  fundamentals: { label: '$(mortar-board) Rapid-fire fundamentals', detail: 'The round\'s cards out loud: read, answer aloud, reveal, grade yourself.' },
  coding: { label: '$(code) Timed coding', detail: 'The round\'s problems against the clock, in a timed coding session.' },
};

/** What starting a mock round needs from the rest of Loop Prep. */
export interface MockStartContext {
  readonly content: MockContent;
  readonly study: Study;
  readonly now: () => number;
}

/** What the Timer starts: a plan, and what to do once it runs (open the doc, the review). */
export interface PreparedMock {
  readonly plan: TimerPlan;
  /** Runs once the timer has started. */
  readonly afterStart: () => Promise<void>;
}

/**
 * Prepares a mock round of a loop's round as an interviewer would run it. Undefined when the
 * user cancelled a picker or the round cannot run (the user was told why). Coding rounds
 * are not prepared here: they run the timed coding session.
 */
export async function prepareMock(context: MockStartContext, loop: Loop, round: Round, request: Partial<MockRoundRequest> = {}): Promise<PreparedMock | 'coding' | undefined> {
  const kinds = mockKindsOfRound(round.kinds);
  let kind = request.mock;
  if (kind === undefined) {
    if (kinds.length <= 1) kind = kinds[0];
    else {
      const pick = await vscode.window.showQuickPick(kinds.map((candidate) => ({ ...mockLabels[candidate], mockKind: candidate })), { title: `Start Mock Round: ${round.title}`, placeHolder: 'This round mixes several kinds: which would you like to rehearse?' });
      if (!pick) return undefined;
      kind = pick.mockKind;
    }
  }
  const base = roundPlan(loop, round);
  switch (kind) {
    case 'design':
      return prepareDesign(context, loop, round, request.case, request.minutes);
    case 'behavioral': {
      const bank = await context.content.questionBank();
      const asked = new Set([...foldMocks(context.study.state.journalEvents()).sessions.values()].flatMap((record) => record.setup?.questions ?? []));
      const picked = pickQuestions(bank, questionRoundOf(round), round.minutes, asked, randomUUID());
      if (picked.questions.length === 0) {
        void vscode.window.showWarningMessage('The question bank has no questions for this round. Add your own in .loopprep/questions/ (see rounds/questions/README.md).');
        return undefined;
      }
      return { plan: { ...base, phases: picked.phases, mock: { kind: 'behavioral', questions: picked.questions.map((question) => question.id) } }, afterStart: () => Promise.resolve() };
    }
    case 'fundamentals':
      return {
        plan: { ...base, mock: { kind: 'fundamentals' } },
        // The round's cards beyond today's limits, in the review panel: answer each out loud, then reveal and grade.
        afterStart: async () => { await vscode.commands.executeCommand('loopPrep.studyMore', { kind: 'round', loop: loop.id, round: round.id, count: 20 }); },
      };
    case 'coding':
      return 'coding';
    default:
      // A round of no kind Loop Prep rehearses (none today): its phases and a clock.
      return { plan: base, afterStart: () => Promise.resolve() };
  }
}

async function prepareDesign(context: MockStartContext, loop: Loop, round: Round, caseId: string | undefined, minutes: number | undefined): Promise<PreparedMock | undefined> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root || root.scheme !== 'file') {
    void vscode.window.showWarningMessage('Open a folder first: the round\'s design doc is written into it.', 'Open Folder…').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.files.openFolder');
    });
    return undefined;
  }
  const cases = await context.content.allCases();
  const folded = foldMocks(context.study.state.journalEvents());
  let chosen: DesignCase | undefined;
  if (caseId !== undefined) {
    chosen = cases.find((candidate) => candidate.id === caseId);
    if (!chosen) throw new Error(`No design case has the id "${caseId}".`);
  } else {
    const practised = (id: string): string => {
      const last = folded.coverage.get(id)?.at(-1);
      return last ? `last covered ${last.covered}/${last.total}` : 'not practised yet';
    };
    const fresh = cases.filter((candidate) => !folded.coverage.has(candidate.id));
    const pick = await vscode.window.showQuickPick(
      [
        { label: '$(question) Surprise me', description: fresh.length > 0 ? 'a case you have not practised' : 'any case', detail: 'Like the real round: you hear the prompt when the clock starts.', designCase: undefined },
        ...cases.map((candidate) => ({ label: candidate.title, description: `${candidate.minutes} min · ${practised(candidate.id)}`, detail: candidate.source, designCase: candidate })),
      ],
      { title: `Start Mock Round: ${round.title}`, placeHolder: 'Which case?', matchOnDetail: true },
    );
    if (!pick) return undefined;
    const pool = fresh.length > 0 ? fresh : cases;
    chosen = pick.designCase ?? pool[Math.floor(Math.random() * pool.length)];
  }
  if (!chosen) {
    void vscode.window.showWarningMessage('No design cases loaded. See Loop Prep: Show Log.');
    return undefined;
  }
  const designCase = chosen;
  const doc = await writeDesignDoc(root, designCase, new Date(context.now()));
  const scale = minutes === undefined ? 1 : minutes / designCase.minutes;
  const phases = designCase.phases.map((phase) => ({ title: phase.title, minutes: phase.minutes * scale, probes: phase.probes }));
  const probes = scheduleProbes(phases, designCase.probes.map((probe) => probe.id), randomUUID(), probeHistory(folded, designCase.id), scale);
  const plan: TimerPlan = {
    kind: 'mock-round',
    title: `${round.title}: ${designCase.title}`,
    loop: loop.id,
    round: round.id,
    phases: phases.map(({ title, minutes: length }) => ({ title, minutes: length })),
    mock: { kind: 'design', case: designCase.id, doc: vscode.workspace.asRelativePath(doc, false), probes },
  };
  return {
    plan,
    afterStart: async () => {
      await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
    },
  };
}

/**
 * Writes the round's design doc as `mock/<case>-<date>/design.md` in the workspace. Never
 * overwrites: a folder already there gets `-2`, `-3`…; a `mock` folder that leads outside
 * the workspace (a symbolic link) is refused.
 */
export async function writeDesignDoc(root: vscode.Uri, designCase: DesignCase, date: Date): Promise<vscode.Uri> {
  const workspace = await fs.realpath(root.fsPath);
  const parent = path.join(root.fsPath, 'mock');
  await fs.mkdir(parent, { recursive: true });
  const real = await fs.realpath(parent);
  if (real !== path.join(workspace, 'mock')) throw new Error('The workspace\'s mock folder leads outside the workspace (a link?): Loop Prep writes design docs only inside it.');
  const name = mockFolderName(designCase.id, date);
  for (let attempt = 1; attempt < 1000; attempt++) {
    const folder = path.join(parent, attempt === 1 ? name : `${name}-${attempt}`);
    try {
      await fs.mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    const file = path.join(folder, 'design.md');
    // 'wx': fails rather than overwrite, should anything have appeared there meanwhile.
    await fs.writeFile(file, designDoc(designCase, date), { flag: 'wx' });
    return vscode.Uri.file(file);
  }
  throw new Error('Too many design docs for this case today.');
}
