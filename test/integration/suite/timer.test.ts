import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { journalEvents, sleep, waitFor, workspaceFolder, type JournalLine } from './helpers';

interface TimerStatus {
  status: 'idle' | 'running' | 'paused' | 'ended';
  session?: string;
  title?: string;
  ending?: string;
  remainingMs?: number;
  elapsedMs?: number;
  phase?: number;
  phaseTitle?: string;
  problems?: { problem: string; folder: string; passed?: number; total?: number; solvedMs?: number }[];
  interviewMode: boolean;
  statusBar: { visible: boolean; text: string; tooltip: string };
}

const status = (): Thenable<TimerStatus> => vscode.commands.executeCommand<TimerStatus>('loopPrep.getTimerStatus');
const minute = 60_000;

async function sessionEvents(session: string): Promise<JournalLine[]> {
  return (await journalEvents()).filter((event) => event.type.startsWith('timer.') && event.data['session'] === session);
}

/** Stops whatever a failed test left running, and leaves the summary. */
async function reset(): Promise<void> {
  await vscode.commands.executeCommand('loopPrep.stopTimer', true);
  const after = await status();
  if (after.status === 'ended') {
    // The view's "New Timer" button; no command needs it, so start and stop a throwaway timer instead.
    await vscode.commands.executeCommand('loopPrep.startTimer', { plan: { kind: 'custom', title: 'reset', phases: [{ title: 'x', minutes: 1 }] } });
    await vscode.commands.executeCommand('loopPrep.stopTimer', true);
  }
}

describe('the timer in a real VS Code', () => {
  afterEach(reset);

  it('counts down in the status bar; pause holds the time, resume goes on, skip moves to the next phase, stop ends it; every step is in the journal', async () => {
    const session = await vscode.commands.executeCommand<string>('loopPrep.startTimer', {
      plan: { kind: 'mock-round', title: 'Integration round', phases: [{ title: 'Clarify', minutes: 1 }, { title: 'Design', minutes: 2 }] },
      interviewMode: false,
    });
    assert.ok(session, 'Start Timer returns the session');
    let now = await status();
    assert.equal(now.status, 'running');
    assert.equal(now.phaseTitle, 'Clarify');
    assert.ok(now.statusBar.visible, 'the status bar shows the running timer');
    assert.match(now.statusBar.text, /^\$\(clock\) (3:00|2:5\d) · Clarify$/);
    const first = now.statusBar.text;
    // The host ticks each shown second, with no view open.
    now = await waitFor(status, (value) => value.statusBar.text !== first, 3_000);
    assert.notEqual(now.statusBar.text, first, 'the status bar counted down');

    await vscode.commands.executeCommand('loopPrep.toggleTimer');
    const paused = await status();
    assert.equal(paused.status, 'paused');
    assert.match(paused.statusBar.text, /^\$\(debug-pause\) 2:5\d · Clarify \(paused\)$/);
    await sleep(1_300);
    const stillPaused = await status();
    assert.equal(stillPaused.remainingMs, paused.remainingMs, 'no time passes while paused');
    assert.equal(stillPaused.statusBar.text, paused.statusBar.text);

    await vscode.commands.executeCommand('loopPrep.toggleTimer');
    assert.equal((await status()).status, 'running');
    await vscode.commands.executeCommand('loopPrep.skipTimerPhase');
    const skipped = await status();
    assert.equal(skipped.phaseTitle, 'Design');
    assert.ok((skipped.remainingMs ?? 0) > 2.8 * minute, 'skipping keeps the round\'s length: the minutes saved go to Design');
    assert.match(skipped.statusBar.text, /· Design$/);
    // On the last phase the shortcut's command does not end the round unasked.
    await vscode.commands.executeCommand('loopPrep.skipTimerPhase');
    assert.equal((await status()).status, 'running');

    assert.equal(await vscode.commands.executeCommand('loopPrep.stopTimer', true), true);
    const stopped = await status();
    assert.equal(stopped.status, 'ended');
    assert.equal(stopped.ending, 'stopped');
    assert.equal(stopped.statusBar.visible, false, 'an ended timer leaves the status bar');

    const events = await sessionEvents(session);
    assert.deepEqual(events.map((event) => event.type), ['timer.start', 'timer.pause', 'timer.resume', 'timer.skip', 'timer.end']);
    const [start, pause, resume, , end] = events;
    assert.ok(start && pause && resume && end);
    assert.equal(end.data['ending'], 'stopped');
    const phases = end.data['phases'] as { title: string; spentMs: number }[];
    assert.deepEqual(phases.map((phase) => phase.title), ['Clarify', 'Design']);
    // Run time leaves out the pause: wall time from start to end minus the time paused.
    const expected = end.time - start.time - (resume.time - pause.time);
    assert.ok(Math.abs((end.data['elapsedMs'] as number) - expected) <= 5, `run time ${String(end.data['elapsedMs'])} ms, expected ${expected} ms`);
  });

  it('a round whose time runs out ends at its time, phase by phase, and is recorded as time-up', async () => {
    // 0.02 + 0.03 minutes: 1.2 s and 1.8 s.
    const session = await vscode.commands.executeCommand<string>('loopPrep.startTimer', {
      plan: { kind: 'mock-round', title: 'Quick round', phases: [{ title: 'One', minutes: 0.02 }, { title: 'Two', minutes: 0.03 }] },
      interviewMode: false,
    });
    const midway = await waitFor(status, (value) => value.phaseTitle === 'Two', 3_000);
    assert.equal(midway.phaseTitle, 'Two', 'the phase changed on its own');
    const ended = await waitFor(status, (value) => value.status === 'ended', 5_000);
    assert.equal(ended.status, 'ended');
    assert.equal(ended.ending, 'time-up');
    assert.equal(ended.elapsedMs, 3_000, 'the clock stopped at exactly the plan\'s length');
    const events = await sessionEvents(session);
    const start = events.find((event) => event.type === 'timer.start');
    const end = events.find((event) => event.type === 'timer.end');
    assert.equal((end?.time ?? 0) - (start?.time ?? 0), 3_000, `the end is recorded at the moment time was up: ${JSON.stringify(events)}`);
    assert.deepEqual((end?.data['phases'] as { spentMs: number }[]).map((phase) => phase.spentMs), [1_200, 1_800]);
  });

  it('refuses a plan it cannot run with a clear error, and starts nothing', async () => {
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('loopPrep.startTimer', { plan: { kind: 'custom', title: 'Broken', phases: [{ title: 'x', minutes: -5 }] } })),
      /cannot run/,
    );
    assert.notEqual((await status()).title, 'Broken');
  });

  it('interview mode turns inline suggestions off for the session and puts back the exact previous values', async () => {
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration();
    const key = 'editor.inlineSuggest.enabled';
    await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await config().update(key, true, vscode.ConfigurationTarget.Workspace);
    try {
      await vscode.commands.executeCommand('loopPrep.startTimer', { plan: { kind: 'mock-round', title: 'Interview mode round', phases: [{ title: 'Code', minutes: 5 }] }, interviewMode: true });
      const on = await waitFor(status, (value) => value.interviewMode, 3_000);
      assert.equal(on.interviewMode, true);
      assert.equal(config().get(key), false, 'inline suggestions are off during the session');
      assert.equal(config().inspect(key)?.globalValue, false);
      assert.equal(config().inspect(key)?.workspaceValue, false, 'the workspace value, which would win, is overridden too');

      await vscode.commands.executeCommand('loopPrep.stopTimer', true);
      const off = await waitFor(status, (value) => !value.interviewMode, 3_000);
      assert.equal(off.interviewMode, false);
      const restored = await waitFor(() => config().inspect(key), (value) => value?.workspaceValue === true, 3_000);
      assert.equal(restored?.globalValue, undefined, 'a setting the user never set is removed again, not left as false');
      assert.equal(restored?.workspaceValue, true, 'the workspace value is back');
    } finally {
      await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
      await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('a timed coding session: scaffolded problems, a passing run stops its clock, and at time-up the tests run once more and the final state is recorded', async function () {
    this.timeout(60_000);
    const session = await vscode.commands.executeCommand<string>('loopPrep.startCodingSession', { slugs: ['jump-game', 'coin-change'], language: 'python', interviewMode: false, minutes: 0.25 });
    assert.ok(session);
    const started = await status();
    assert.equal(started.problems?.length, 2);
    const [jump, coins] = started.problems ?? [];
    assert.ok(jump && coins);
    const folder = (relative: string): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), ...relative.split('/'));
    // Solve the first with the reference solution, then run its tests as the user would.
    const extension = vscode.extensions.getExtension('loop-prep.loop-prep');
    assert.ok(extension);
    const reference = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'problems', 'jump-game', 'python', 'reference.py'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(jump.folder), 'solution.py'), reference);
    await vscode.commands.executeCommand('loopPrep.runProblemTests', vscode.Uri.joinPath(folder(jump.folder), 'solution.py'));
    const solvedOne = await waitFor(status, (value) => value.problems?.[0]?.solvedMs !== undefined, 10_000);
    assert.ok((solvedOne.problems?.[0]?.solvedMs ?? 0) > 0, 'the passing run stopped the first problem\'s clock');
    assert.equal(solvedOne.status, 'running', 'the other problem is still open');

    const ended = await waitFor(status, (value) => value.status === 'ended' && value.problems?.[1]?.total !== undefined, 40_000);
    assert.equal(ended.ending, 'time-up');
    const last = ended.problems?.[1];
    assert.ok(last && (last.total ?? 0) > 0, 'the untouched stub was run at time-up');
    assert.ok((last.passed ?? 0) < (last.total ?? 0), 'and it does not pass');
    assert.equal(last.solvedMs, undefined);

    const events = await sessionEvents(session);
    assert.deepEqual(events.map((event) => event.type), ['timer.start', 'timer.solved', 'timer.end']);
    const endProblems = events.at(-1)?.data['problems'] as { problem: string; passed: number; total: number; solvedMs?: number }[];
    const [firstEnd, secondEnd] = endProblems;
    assert.ok(firstEnd && secondEnd);
    assert.equal(firstEnd.problem, 'jump-game');
    assert.equal(firstEnd.passed, firstEnd.total);
    assert.ok(firstEnd.solvedMs !== undefined);
    assert.equal(secondEnd.problem, 'coin-change');
    assert.equal(secondEnd.total, last.total);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const problem of ended.problems ?? []) await vscode.workspace.fs.delete(folder(problem.folder), { recursive: true, useTrash: false });
  });

  it('"two random medium problems", like an online assessment: two different medium problems, one clock with both targets', async function () {
    this.timeout(30_000);
    // What the candidate attempted before (the earlier tests ran jump-game and coin-change): the catalog has enough other medium problems, so none of these is picked.
    const attempted = new Set((await journalEvents()).filter((event) => event.type === 'problems.attempt').map((event) => String(event.data['problem'])));
    const session = await vscode.commands.executeCommand<string>('loopPrep.startCodingSession', { random: 2, language: 'typescript', interviewMode: false });
    assert.ok(session);
    const started = await status();
    const problems = started.problems ?? [];
    assert.equal(problems.length, 2);
    assert.notEqual(problems[0]?.problem, problems[1]?.problem);
    assert.deepEqual(problems.filter((problem) => attempted.has(problem.problem)).map((problem) => problem.problem), [], `none already attempted (attempted: ${[...attempted].join(', ')})`);
    const extension = vscode.extensions.getExtension('loop-prep.loop-prep');
    assert.ok(extension);
    let targets = 0;
    for (const problem of problems) {
      const meta = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'problems', problem.problem, 'problem.yaml')));
      assert.match(meta, /^difficulty: medium$/m, `${problem.problem} is medium`);
      targets += Number(/^targetMinutes: (\d+)$/m.exec(meta)?.[1]);
      // Scaffolded in the language asked for.
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(workspaceFolder(), ...problem.folder.split('/'), 'solution.ts'));
    }
    assert.ok(Math.abs((started.remainingMs ?? 0) - targets * minute) < 5_000, 'the clock has both target times');
    await vscode.commands.executeCommand('loopPrep.stopTimer', true);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const problem of problems) await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), ...problem.folder.split('/')), { recursive: true, useTrash: false });
  });

  it('Start Mock Round in the Rounds view runs the chosen round of the selected loop, phase by phase', async () => {
    const config = vscode.workspace.getConfiguration('loopPrep.timer');
    // Not asked about interview mode: the question would wait for an answer.
    await config.update('interviewMode', 'never', vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('loopPrep.pickLoop', 'tiktok-mle');
      const started = vscode.commands.executeCommand<string | undefined>('loopPrep.startMockRound');
      // The round picker: take its first row, as Enter would.
      await sleep(1_000);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const session = await started;
      assert.ok(session, 'a round was started');
      const now = await status();
      assert.equal(now.status, 'running');
      assert.equal(now.title, 'Recruiter / HR screen', 'the first round of the MLE loop');
      const start = (await sessionEvents(session)).find((event) => event.type === 'timer.start');
      assert.ok(start);
      assert.equal(start.data['kind'], 'mock-round');
      assert.equal(start.data['loop'], 'tiktok-mle');
      assert.ok((start.data['phases'] as unknown[]).length > 1, 'with the round\'s phases');
    } finally {
      await config.update('interviewMode', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
