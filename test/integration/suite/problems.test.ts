import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { noticeCount, noticesSince, workspaceFolder } from './helpers';

interface Attempt { problem: string; language: string; passed: number; total: number }

async function attempts(): Promise<Attempt[]> {
  const directory = await vscode.commands.executeCommand<vscode.Uri>('loopPrep.openDataDirectory');
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(directory, 'journal.jsonl')));
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { type: string; data: Attempt }).filter((event) => event.type === 'problems.attempt').map((event) => event.data);
}

function reference(file: string): Promise<Uint8Array> {
  const extension = vscode.extensions.getExtension('loop-prep.loop-prep');
  assert.ok(extension);
  return Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'problems', 'jump-game', ...file.split('/'))));
}

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

describe('practice problems in a real VS Code', () => {
  const practice = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), 'practice');

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('loopPrep.problems').update('practiceFolder', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(practice(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('scaffolds a problem into practice/<slug>/: statement, stub, tests and marker; the stub opens', async () => {
    const folder = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.scaffoldProblem', { slug: 'jump-game', language: 'python' });
    assert.ok(folder);
    assert.equal(folder.toString(), vscode.Uri.joinPath(practice(), 'jump-game').toString());
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).sort();
    assert.deepEqual(names, ['.loopprep-problem.json', 'README.md', 'solution.py', 'test_solution.py']);
    const statement = decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'README.md')));
    assert.match(statement, /^# Jump Game\n\n\*\*Medium\*\* · target \d+ min · Python/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.path.endsWith('/practice/jump-game/solution.py'), true, 'the stub is open');
    const directory = await vscode.commands.executeCommand<vscode.Uri>('loopPrep.openDataDirectory');
    const journal = decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(directory, 'journal.jsonl')));
    assert.match(journal, /"type":"problems\.scaffold","time":\d+,"data":\{"problem":"jump-game","language":"python"/);
  });

  it('never overwrites: a taken folder is opened as it is, or a -2 is made', async () => {
    const stub = vscode.Uri.joinPath(practice(), 'jump-game', 'solution.py');
    await vscode.workspace.fs.writeFile(stub, new TextEncoder().encode('# my work in progress\n'));
    const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.scaffoldProblem', { slug: 'jump-game', language: 'typescript', whenTaken: 'open' });
    assert.equal(opened?.toString(), vscode.Uri.joinPath(practice(), 'jump-game').toString());
    assert.equal(decode(await vscode.workspace.fs.readFile(stub)), '# my work in progress\n');
    const second = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.scaffoldProblem', { slug: 'jump-game', language: 'typescript', whenTaken: 'new' });
    assert.equal(second?.toString(), vscode.Uri.joinPath(practice(), 'jump-game-2').toString());
    assert.ok(await exists(vscode.Uri.joinPath(practice(), 'jump-game-2', 'solution.test.ts')));
  });

  it('refuses a practice folder outside the workspace and writes nothing', async () => {
    await vscode.workspace.getConfiguration('loopPrep.problems').update('practiceFolder', '../escaped', vscode.ConfigurationTarget.Workspace);
    const result = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.scaffoldProblem', { slug: 'jump-game', language: 'python', whenTaken: 'new' });
    assert.equal(result, undefined);
    assert.equal(await exists(vscode.Uri.joinPath(workspaceFolder(), '..', 'escaped')), false);
    await vscode.workspace.getConfiguration('loopPrep.problems').update('practiceFolder', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('refuses a practice folder that is a link to a folder outside the workspace: nothing is written there, and the message says where it leads', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-outside-'));
    const link = path.join(workspaceFolder().fsPath, 'linked-practice');
    fs.symlinkSync(outside, link);
    const before = await noticeCount();
    try {
      await vscode.workspace.getConfiguration('loopPrep.problems').update('practiceFolder', 'linked-practice', vscode.ConfigurationTarget.Workspace);
      const result = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.scaffoldProblem', { slug: 'jump-game', language: 'python', whenTaken: 'new' });
      assert.equal(result, undefined);
      assert.deepEqual(fs.readdirSync(outside), [], 'nothing was written outside the workspace');
      const shown = await noticesSince(before);
      assert.deepEqual(shown.map((notice) => notice.level), ['error'], JSON.stringify(shown));
      assert.equal(shown[0]?.message, `The practice folder "linked-practice" leads outside the workspace folder (to ${fs.realpathSync(outside)}): Loop Prep writes practice problems only inside the workspace. Nothing was written.`);
    } finally {
      await vscode.workspace.getConfiguration('loopPrep.problems').update('practiceFolder', undefined, vscode.ConfigurationTarget.Workspace);
      fs.unlinkSync(link);
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('runs the tests in real Python and Node: the stub fails every case, the reference passes every case; each run is an attempt', async () => {
    for (const [language, folderName, stubName, referenceFile] of [['python', 'jump-game', 'solution.py', 'python/reference.py'], ['typescript', 'jump-game-2', 'solution.ts', 'typescript/reference.ts']] as const) {
      const stub = vscode.Uri.joinPath(practice(), folderName, stubName);
      await vscode.workspace.fs.writeFile(stub, await reference(language === 'python' ? 'python/solution.py' : 'typescript/solution.ts'));
      await vscode.commands.executeCommand('loopPrep.runProblemTests', stub);
      await vscode.workspace.fs.writeFile(stub, await reference(referenceFile));
      await vscode.commands.executeCommand('loopPrep.runProblemTests', stub);
      const [failing, passing] = (await attempts()).filter((attempt) => attempt.language === language).slice(-2);
      assert.ok(failing && passing, `${language}: two attempts recorded`);
      assert.equal(failing.passed, 0, `${language}: the stub passes nothing`);
      assert.ok(failing.total >= 6, `${language}: ${failing.total} cases ran`);
      assert.deepEqual(passing, { ...passing, problem: 'jump-game', passed: failing.total, total: failing.total });
    }
  });

  it('the verdict shows where the candidate works: the status bar and a notification after a failure and after a pass; the failure opens at its line with the test as written', async () => {
    const hooks = vscode.extensions.getExtension<{ testing: { probe(name: string): unknown } }>('loop-prep.loop-prep')?.exports.testing;
    assert.ok(hooks);
    const verdict = (): { text: string; failure?: { file: string; line: number } } => hooks.probe('testVerdict') as { text: string; failure?: { file: string; line: number } };
    for (const [language, folderName, stubName, referenceFile, testFile] of [['python', 'jump-game', 'solution.py', 'python/reference.py', 'test_solution.py'], ['typescript', 'jump-game-2', 'solution.ts', 'typescript/reference.ts', 'solution.test.ts']] as const) {
      const stub = vscode.Uri.joinPath(practice(), folderName, stubName);
      // A wrong solution: always "yes".
      await vscode.workspace.fs.writeFile(stub, new TextEncoder().encode(language === 'python' ? 'def can_reach_end(nums):\n    return True\n' : 'export function canReachEnd(nums: number[]): boolean {\n  return nums.length >= 0;\n}\n'));
      const before = await noticeCount();
      const told = await vscode.commands.executeCommand<{ state: string; message?: string }[]>('loopPrep.runProblemTests', stub);
      const failed = told.filter((result) => result.state === 'failed');
      assert.ok(failed.length > 0 && failed.length < told.length, `${language}: some cases fail, some pass`);
      assert.match(failed[0]?.message ?? '', /The test:\n\s*(def test_|it\(|test\()/, `${language}: the failure shows the test as written`);
      assert.match(failed[0]?.message ?? '', language === 'python' ? /The test:\n[^]*can_reach_end\(\[[\d, ]+\]\)/ : /The test:\n[^]*canReachEnd\(\[[\d, ]+\]\)/, `${language}: the failure shows the case's input`);
      const failing = verdict();
      assert.match(failing.text, new RegExp(`^\\$\\(error\\) Jump Game · \\d+/${told.length} passed · \\d+\\.\\d\\d s$`), failing.text);
      const [notice] = await noticesSince(before);
      assert.ok(notice, 'a notification was shown');
      assert.equal(notice.level, 'warning');
      assert.match(notice.message, new RegExp(`^Jump Game \\((Python|TypeScript)\\): \\d+ of ${told.length} tests passed\\. First failure, .+\\.$`));
      assert.equal(failing.failure?.file, vscode.Uri.joinPath(practice(), folderName, testFile).fsPath);
      assert.equal(await vscode.commands.executeCommand('loopPrep.showFirstTestFailure'), true);
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, failing.failure.file, 'the test file is open at the failure');

      await vscode.workspace.fs.writeFile(stub, await reference(referenceFile));
      const after = await noticeCount();
      await vscode.commands.executeCommand('loopPrep.runProblemTests', stub);
      assert.match(verdict().text, new RegExp(`^\\$\\(pass-filled\\) Jump Game · ${told.length}/${told.length} passed · \\d+\\.\\d\\d s$`));
      const [passed] = await noticesSince(after);
      assert.ok(passed, 'a notification was shown');
      assert.equal(passed.level, 'information');
      assert.match(passed.message, new RegExp(`^Jump Game \\((Python|TypeScript)\\): all ${told.length} tests passed in \\d+\\.\\d\\d s\\.$`));
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('kills a runaway solution at the timeout and leaves no process behind', async () => {
    await vscode.workspace.getConfiguration('loopPrep.problems').update('timeoutSeconds', 2, vscode.ConfigurationTarget.Workspace);
    const marker = `runaway_${Date.now()}`;
    const stub = vscode.Uri.joinPath(practice(), 'jump-game', 'solution.py');
    await vscode.workspace.fs.writeFile(stub, new TextEncoder().encode(`def can_reach_end(nums):\n    ${marker} = 1\n    while True:\n        pass\n`));
    const started = Date.now();
    await vscode.commands.executeCommand('loopPrep.runProblemTests', stub);
    const took = Date.now() - started;
    await vscode.workspace.getConfiguration('loopPrep.problems').update('timeoutSeconds', undefined, vscode.ConfigurationTarget.Workspace);
    assert.ok(took >= 2_000 && took < 8_000, `the run took ${took} ms`);
    const last = (await attempts()).at(-1);
    assert.equal(last?.passed, 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const left = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).split('\n').filter((line) => line.includes('python_runner.py') && line.includes('jump-game'));
    assert.deepEqual(left, [], 'no runner process is left');
  });

  it('hints one at a time, the solution only after an attempt; a solve after seeing it is graded Again', async () => {
    const folder = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.scaffoldProblem', { slug: 'jump-game', language: 'python', whenTaken: 'new' });
    assert.ok(folder);
    const stub = vscode.Uri.joinPath(folder, 'solution.py');
    const meta = new TextDecoder().decode(await reference('problem.yaml'));
    const first = await vscode.commands.executeCommand<string | undefined>('loopPrep.revealHint', stub);
    const statementFile = vscode.Uri.joinPath(folder, 'README.md');
    const afterFirst = decode(await vscode.workspace.fs.readFile(statementFile));
    assert.ok(first);
    assert.ok(afterFirst.includes(`## Hints you revealed\n\n1. ${first}\n<!-- /loop-prep:hints -->\n\nYou stand on index 0`), `the first hint is in the statement, under its heading, above the problem:\n${afterFirst.slice(0, 600)}`);
    const second = await vscode.commands.executeCommand<string | undefined>('loopPrep.revealHint', stub);
    assert.ok(second && first !== second);
    assert.ok(meta.indexOf(first) < meta.indexOf(second) && meta.includes(first), 'the hints come in their order');
    const afterSecond = decode(await vscode.workspace.fs.readFile(statementFile));
    assert.ok(afterSecond.includes(`## Hints you revealed\n\n1. ${first}\n2. ${second}\n<!-- /loop-prep:hints -->\n\nYou stand on index 0`), 'both hints stay, to be read again at no cost');
    assert.equal(afterSecond.slice(0, afterSecond.indexOf('<!-- loop-prep:hints')), afterFirst.slice(0, afterFirst.indexOf('<!-- loop-prep:hints')), 'the rest of the statement is unchanged');
    assert.equal(afterSecond.slice(afterSecond.indexOf('<!-- /loop-prep:hints -->')), afterFirst.slice(afterFirst.indexOf('<!-- /loop-prep:hints -->')), 'the rest of the statement is unchanged');
    const statementTab = vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input instanceof vscode.TabInputCustom && tab.input.uri.toString() === statementFile.toString());
    assert.ok(statementTab, 'the statement\'s preview is open');
    assert.equal(await vscode.commands.executeCommand('loopPrep.showReferenceSolution', stub, true), undefined, 'no solution before an attempt');
    await vscode.commands.executeCommand('loopPrep.runProblemTests', stub);
    const shownUri = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.showReferenceSolution', stub, true);
    const shown = vscode.workspace.textDocuments.find((document) => document.uri.toString() === shownUri?.toString());
    const referenceText = new TextDecoder().decode(await reference('python/reference.py'));
    assert.equal(shown?.getText(), referenceText);
    assert.equal(shown.uri.scheme, 'loop-prep-solution', 'a read-only document of Loop Prep: no file of the user is touched');
    assert.equal(shown.uri.path, '/jump-game/Jump Game (reference).py');
    assert.equal(shown.languageId, 'python');
    assert.equal(shown.isDirty, false, 'closing it asks nothing');
    assert.equal(shown.isUntitled, false);
    const solutionTab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(solutionTab?.input instanceof vscode.TabInputText && solutionTab.input.uri.toString() === shown.uri.toString(), 'its editor is the active one');
    assert.equal(solutionTab.isDirty, false);
    assert.equal(solutionTab.label, 'Jump Game (reference).py', 'named after the problem');
    // A dirty buffer would ask to be saved here, and the close would not finish.
    assert.equal(await vscode.window.tabGroups.close(solutionTab), true);
    await vscode.workspace.fs.writeFile(stub, new TextEncoder().encode(referenceText));
    await vscode.commands.executeCommand('loopPrep.runProblemTests', stub);
    const directory = await vscode.commands.executeCommand<vscode.Uri>('loopPrep.openDataDirectory');
    const events = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(directory, 'journal.jsonl'))).split('\n').filter(Boolean).map((line) => JSON.parse(line) as { type: string; data: Record<string, unknown> });
    const relative = vscode.workspace.asRelativePath(folder, false);
    assert.deepEqual(events.filter((event) => event.type === 'problems.hint' && event.data['folder'] === relative).map((event) => event.data['index']), [0, 1]);
    const lastAttempt = events.filter((event) => event.type === 'problems.attempt').at(-1);
    assert.equal(lastAttempt?.data['hintsRevealed'], 2);
    const review = events.filter((event) => event.type === 'problems.review').at(-1);
    assert.equal(review?.data['grade'], 1, 'Again: the solution was shown before the solve');
  });

  it('one layout: every scaffold reuses one locked group of statement previews beside the code; a timed session keeps two columns; another file opens beside them, never over a statement', async function () {
    this.timeout(120_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closeAllGroups');
    const isStatement = (tab: vscode.Tab): boolean => tab.input instanceof vscode.TabInputCustom && tab.input.viewType === 'vscode.markdown.preview.editor' && tab.input.uri.path.endsWith('/README.md') && tab.input.uri.path.includes('/practice/');
    const layout = (): string => JSON.stringify(vscode.window.tabGroups.all.map((group) => ({ column: group.viewColumn, tabs: group.tabs.map((tab) => tab.label) })));
    const folders: vscode.Uri[] = [];
    for (const slug of ['jump-game', 'coin-change', 'merge-intervals']) {
      const folder = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.scaffoldProblem', { slug, language: 'python', whenTaken: 'new' });
      assert.ok(folder);
      folders.push(folder);
      assert.equal(vscode.window.tabGroups.all.length, 2, `after ${slug}: ${layout()}`);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), vscode.Uri.joinPath(folder, 'solution.py').toString(), 'the code has the focus');
      assert.equal(vscode.window.activeTextEditor.viewColumn, vscode.ViewColumn.One, 'in the first column');
    }
    const session = await vscode.commands.executeCommand<string>('loopPrep.startCodingSession', { slugs: ['jump-game', 'daily-temperatures'], language: 'python', interviewMode: false, minutes: 30 });
    try {
      assert.ok(session, 'the session started');
      const [code, statements, ...more] = vscode.window.tabGroups.all;
      assert.ok(code && statements, layout());
      assert.deepEqual(more, [], `two columns: ${layout()}`);
      assert.equal(statements.tabs.length, 5, `every statement, once: ${layout()}`);
      assert.ok(statements.tabs.every(isStatement), `the second group holds only statement previews: ${layout()}`);
      assert.ok(code.tabs.filter((tab) => tab.label === 'solution.py').length >= 5, `the code in the first: ${layout()}`);
      assert.ok(!code.tabs.some(isStatement), 'no statement among the code');
      const status = await vscode.commands.executeCommand<{ problems?: { folder: string }[] }>('loopPrep.getTimerStatus');
      const lastFolder = status.problems?.at(-1)?.folder ?? '';
      assert.ok(code.activeTab?.input instanceof vscode.TabInputText && code.activeTab.input.uri.path.endsWith(`/${lastFolder}/solution.py`), 'the last problem\'s code is in front');

      // Even from the statements' group, another file (a deck) opens beside it, in the code's group.
      await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
      const extension = vscode.extensions.getExtension('loop-prep.loop-prep');
      assert.ok(extension);
      const deck = vscode.Uri.joinPath(extension.extensionUri, 'flashcards', 'ads-ranking.md');
      const editor = await vscode.window.showTextDocument(deck);
      assert.equal(editor.viewColumn, vscode.ViewColumn.One, `the deck opens with the code: ${layout()}`);
      assert.equal(vscode.window.tabGroups.all.length, 2, `still two columns: ${layout()}`);
      const statementsAfter = vscode.window.tabGroups.all[1];
      assert.equal(statementsAfter?.tabs.length, 5, `every statement is still there: ${layout()}`);
      assert.ok(statementsAfter.tabs.every(isStatement));
    } finally {
      await vscode.commands.executeCommand('loopPrep.stopTimer', true);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('workbench.action.closeAllGroups');
    }
  });

  it('an unknown slug is a clear error', async () => {
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('loopPrep.scaffoldProblem', { slug: '../../etc' })), /No practice problem is called/);
  });
});
