import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { journalEvents, waitFor, workspaceFolder, type JournalLine } from './helpers';

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

    // The outline after the round; coverage is recorded by the view's form (the e2e test clicks it).
    assert.ok(now.interviewer.outline && now.interviewer.outline.sections.length >= 4);
    assert.equal(now.interviewer.outline.saved, false);

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
});
