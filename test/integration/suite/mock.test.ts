import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { journalEvents, type JournalLine, testHooks, waitFor, workspaceFolder } from './helpers';

// A whole mock design round in a real VS Code, shortened (the case's phases scaled to half
// a minute, and its probe moments with them): the doc scaffolded beside the timer and never
// overwritten, a question asked, probes arriving and recorded, a probe marked, the round's
// end with the reference outline beside the doc, the outline's coverage and the self-review.

interface InterviewerStatus {
  kind: string;
  caseTitle?: string;
  prompt?: string;
  cover: string[];
  asked: { question: string; answer: string }[];
  unasked: number;
  probes: { id: string; question: string; answered?: boolean }[];
  doc?: string;
  outline?: { sections: { section: string; points: { key: string; covered: boolean }[] }[]; saved: boolean };
}

interface MockStatus {
  status: 'idle' | 'running' | 'paused' | 'ended';
  session?: string;
  title?: string;
  phase?: number;
  mock?: { kind: string; case?: string; doc?: string; probes?: { probe: string; atMs: number }[] };
  interviewer?: InterviewerStatus;
}

const status = (): Thenable<MockStatus> => vscode.commands.executeCommand<MockStatus>('loopPrep.getTimerStatus');

const hooks = testHooks;

/** A message to the Timer view's host, as its page sends it (checked as a page's is). */
const timerView = async (message: unknown): Promise<void> => { await hooks().probe('timerView', message); };

async function mockEvents(session: string): Promise<JournalLine[]> {
  return (await journalEvents()).filter((event) => (event.type.startsWith('mock.') || event.type.startsWith('timer.')) && event.data['session'] === session);
}

describe('a mock design round in a real VS Code', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('loopPrep.stopTimer', true);
  });

  it('scaffolds the doc, answers a question, sends probes at recorded moments, shows the reference after, and records coverage and the review', async function () {
    this.timeout(120_000);
    const minutes = 0.5;
    const session = await vscode.commands.executeCommand<string>('loopPrep.startTimer', { round: { loop: 'tiktok-mle', round: 'ml-system-design', mock: 'design', case: 'feed-ranking', minutes }, interviewMode: false });
    assert.ok(session, 'the round started');
    let now = await status();
    assert.equal(now.status, 'running');
    assert.equal(now.mock?.case, 'feed-ranking');
    assert.ok(now.interviewer?.prompt && now.interviewer.prompt.length > 40, 'the Timer shows the prompt');
    assert.ok((now.interviewer.cover.length) >= 2, 'and what to cover in the first phase');

    // The doc: in the workspace, opened in the editor, a section per phase and deliverable, a Mermaid block.
    const doc = now.mock.doc;
    assert.ok(doc?.startsWith('mock/feed-ranking-') && doc.endsWith('/design.md'), doc);
    assert.ok(doc);
    const docPath = path.join(workspaceFolder().fsPath, ...doc.split("/"));
    const text = fs.readFileSync(docPath, 'utf8');
    assert.match(text, /^# /);
    assert.match(text, /```mermaid\nflowchart/);
    assert.ok((text.match(/^### \d\. /gm) ?? []).length >= 4, 'a section per phase');
    await waitFor(() => vscode.window.visibleTextEditors.map((editor) => editor.document.uri.fsPath), (paths) => paths.includes(docPath), 5_000);

    // Ask the interviewer: the answer comes back, is shown in the view and is in the journal.
    const answer = await vscode.commands.executeCommand<string>('loopPrep.askInterviewer', 0);
    assert.ok(answer && answer.length > 5);
    now = await status();
    assert.deepEqual(now.interviewer?.asked.map((fact) => fact.answer), [answer]);

    // Probes arrive during the probe phases at their scheduled moments, each recorded once.
    const schedule = now.mock?.probes ?? [];
    assert.ok(schedule.length >= 3, `probes scheduled: ${schedule.length}`);
    now = await waitFor(status, (value) => (value.interviewer?.probes.length ?? 0) >= 1, 40_000);
    const first = now.interviewer?.probes[0];
    assert.ok(first);
    await vscode.commands.executeCommand('loopPrep.markProbe', { probe: first.id, answered: true });

    // The round runs out; the reference opens beside the doc.
    now = await waitFor(status, (value) => value.status === 'ended', 40_000);
    assert.equal(now.interviewer?.probes.length, schedule.length, 'every scheduled probe arrived');
    assert.equal(now.interviewer.probes.find((probe) => probe.id === first.id)?.answered, true);
    await waitFor(() => vscode.window.visibleTextEditors.map((editor) => editor.document.uri.toString()), (uris) => uris.some((uri) => uri.startsWith('loop-prep-case:') && uri.includes('feed-ranking')), 10_000);
    const reference = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.scheme === 'loop-prep-case');
    assert.match(reference?.document.getText() ?? '', /^# Reference: /);
    assert.equal(reference?.document.isDirty, false, 'the reference is read-only, never a dirty buffer');

    const events = await mockEvents(session);
    const probeEvents = events.filter((event) => event.type === 'mock.probe');
    assert.deepEqual(probeEvents.map((event) => event.data['probe']), schedule.map((probe) => probe.probe));
    assert.deepEqual(probeEvents.map((event) => event.data['atMs']), schedule.map((probe) => probe.atMs));
    const start = events.find((event) => event.type === 'timer.start');
    assert.ok(start);
    for (const event of probeEvents) {
      // Recorded when it came: at its run-time moment after the start (no pauses here), give or take the host's tick.
      const late = event.time - start.time - Number(event.data['atMs']);
      assert.ok(late >= -50 && late < 2_000, `probe recorded ${late} ms after its moment`);
    }
    assert.equal(events.filter((event) => event.type === 'mock.ask').length, 1);
    assert.deepEqual(events.filter((event) => event.type === 'mock.answer').map((event) => event.data['answered']), [true]);

    // The outline after the round: the points ticked in the view are recorded with the total.
    assert.ok(now.interviewer.outline && now.interviewer.outline.sections.length >= 4);
    assert.equal(now.interviewer.outline.saved, false);
    const keys = now.interviewer.outline.sections.flatMap((section) => section.points.map((point) => point.key));
    await timerView({ type: 'coverage', session, covered: [keys[0], keys[2], 'not-a-point'] });
    const coverage = (await mockEvents(session)).find((event) => event.type === 'mock.coverage');
    assert.deepEqual(coverage?.data['covered'], [keys[0], keys[2]], 'only the outline\'s own points');
    assert.equal(coverage.data['total'], keys.length);
    now = await status();
    assert.equal(now.interviewer?.outline?.saved, true);
    assert.deepEqual(now.interviewer.outline.sections.flatMap((section) => section.points.filter((point) => point.covered).map((point) => point.key)), [keys[0], keys[2]]);

    // The self-review on the design rubric, with a note; a dimension of another rubric is refused.
    const viewState = hooks().probe('timerViewState') as { review?: { title: string; dimensions: { id: string }[] } };
    assert.deepEqual(viewState.review?.dimensions.map((dimension) => dimension.id), ['clarity', 'depth', 'metrics', 'safety', 'communication', 'ownership']);
    await assert.rejects(timerView({ type: 'review', session, ratings: { star: 3 } }), /rubric does not have/);
    await timerView({ type: 'review', session, ratings: { clarity: 2, safety: 3 }, notes: { clarity: 'Ask about latency first.' } });
    const review = (await mockEvents(session)).find((event) => event.type === 'timer.review');
    assert.deepEqual(review?.data['ratings'], { clarity: 2, safety: 3 });
    assert.equal(review.data['rubric'], 'design');
    assert.deepEqual(review.data['notes'], { clarity: 'Ask about latency first.' });

    // A second round of the same case on the same day never overwrites the first doc.
    fs.appendFileSync(docPath, '\nMy design.\n');
    const second = await vscode.commands.executeCommand<string>('loopPrep.startTimer', { round: { loop: 'tiktok-mle', round: 'ml-system-design', mock: 'design', case: 'feed-ranking', minutes }, interviewMode: false });
    assert.ok(second);
    const again = await status();
    assert.notEqual(again.mock?.doc, doc);
    assert.match(again.mock?.doc ?? '', /^mock\/feed-ranking-\d{4}-\d\d-\d\d-2\/design\.md$/);
    assert.match(fs.readFileSync(docPath, 'utf8'), /My design\.\n$/, 'the first doc is as the user left it');
  });

  it('a behavioral round draws questions from the bank, one phase each, and its self-review asks the behavioral rubric', async function () {
    this.timeout(30_000);
    const session = await vscode.commands.executeCommand<string>('loopPrep.startTimer', { round: { loop: 'tiktok-mle', round: 'recruiter-screen' }, interviewMode: false });
    assert.ok(session);
    const now = await status();
    assert.equal(now.mock?.kind, 'behavioral');
    const interviewer = now.interviewer as unknown as { question?: { text: string; category: string } };
    assert.ok(interviewer.question && interviewer.question.text.length > 10, 'the first question is shown');
    const start = (await mockEvents(session)).find((event) => event.type === 'timer.start');
    const questions = (start?.data['mock'] as { questions?: string[] } | undefined)?.questions ?? [];
    assert.ok(questions.length >= 3, `questions: ${questions.join()}`);
    const phases = start?.data['phases'] as { title: string; minutes: number }[];
    assert.equal(phases.reduce((sum, phase) => sum + phase.minutes, 0), 25, 'the questions and the closing fill the round');
  });

  it('a user case in .loopprep/cases loads beside the built-in ones; a broken one is a diagnostic at its line and the rest still load', async function () {
    this.timeout(60_000);
    const folder = vscode.Uri.joinPath(workspaceFolder(), '.loopprep', 'cases');
    const builtIn = fs.readFileSync(path.join(vscode.extensions.getExtension('loop-prep.loop-prep')?.extensionPath ?? '', 'rounds', 'cases', 'feed-ranking.yaml'), 'utf8');
    // A valid user case: a built-in one under another id.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'my-feed.yaml'), new TextEncoder().encode(builtIn.replace(/^id: feed-ranking$/m, 'id: my-feed')));
    // A broken one: its minutes are text, on line 5.
    const broken = vscode.Uri.joinPath(folder, 'broken.yaml');
    const lines = builtIn.replace(/^id: feed-ranking$/m, 'id: broken').split('\n');
    const minutesLine = lines.findIndex((line) => line.startsWith('minutes:'));
    lines[minutesLine] = 'minutes: sixty';
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode(lines.join('\n')));
    // Saving a case file in the editor reloads the cases, as for a user.
    const document = await vscode.workspace.openTextDocument(broken);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => { edit.insert(new vscode.Position(0, 0), '# my broken case\n'); });
    await document.save();
    const diagnostics = await waitFor(() => vscode.languages.getDiagnostics(broken), (list) => list.length > 0, 10_000);
    const [first] = diagnostics;
    assert.ok(first);
    assert.equal(first.range.start.line, minutesLine + 1, 'at the line of the bad field (one line was added above)');
    assert.match(first.message, /minutes must be a number/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const session = await vscode.commands.executeCommand<string>('loopPrep.startTimer', { round: { loop: 'tiktok-mle', round: 'ml-system-design', mock: 'design', case: 'my-feed', minutes: 15 }, interviewMode: false });
    assert.ok(session, 'the user\'s case runs');
    assert.equal((await status()).mock?.case, 'my-feed');
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it('an ML fundamentals round opens the round\'s cards in the review panel, to answer out loud and grade', async function () {
    this.timeout(60_000);
    const session = await vscode.commands.executeCommand<string>('loopPrep.startTimer', { round: { loop: 'tiktok-mle', round: 'ml-fundamentals' }, interviewMode: false });
    assert.ok(session);
    assert.equal((await status()).mock?.kind, 'fundamentals');
    // The round's cards beyond today's limits: a study-more request for the round, then the review panel.
    const events = await waitFor(journalEvents, (list) => list.some((event) => event.type === 'plan.studyMore' && (event.data['request'] as { kind?: string; round?: string } | undefined)?.round === 'ml-fundamentals'), 10_000);
    assert.ok(events.length > 0);
    await waitFor(() => vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label)), (labels) => labels.some((label) => /review/i.test(label)), 10_000);
  });

  it('a coding round runs the timed coding session on the round\'s own problems, and its self-review asks the coding rubric', async function () {
    this.timeout(60_000);
    const progress = { done: false };
    const started = Promise.resolve(vscode.commands.executeCommand('loopPrep.startTimer', { round: { loop: 'tiktok-mle', round: 'coding-screen' }, interviewMode: false })).finally(() => { progress.done = true; });
    // The language picker (the one question a coding session asks): its first row, the last language used.
    for (let tries = 0; !progress.done && tries < 40; tries++) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await started;
    const now = await status();
    assert.equal(now.status, 'running');
    assert.equal(now.mock?.kind, 'coding');
    const problems = (now as unknown as { problems?: { problem: string }[] }).problems ?? [];
    assert.equal(problems.length, 2);
    const loopFile = fs.readFileSync(path.join(vscode.extensions.getExtension('loop-prep.loop-prep')?.extensionPath ?? '', 'rounds', 'tiktok-mle.yaml'), 'utf8');
    for (const { problem } of problems) assert.ok(loopFile.includes(`problem: ${problem}`), `${problem} is linked from the loop`);
    await vscode.commands.executeCommand('loopPrep.stopTimer', true);
    const viewState = hooks().probe('timerViewState') as { review?: { dimensions: { id: string }[] } };
    assert.deepEqual(viewState.review?.dimensions.map((dimension) => dimension.id), ['problem-solving', 'code-quality', 'testing', 'complexity', 'communication']);
  });
});

