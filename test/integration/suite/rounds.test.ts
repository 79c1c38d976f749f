import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { journalEvents, testHooks, waitFor, workspaceFolder } from './helpers';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** A user loop whose second round lacks its checklist (line 19, 0-based 18). */
const userLoop = [
  'id: my-loop',
  'title: My onsite',
  'description: The loop my recruiter described.',
  'source: My recruiter.',
  'rounds:',
  '  - id: coding',
  '    title: Coding',
  '    kinds: [coding]',
  '    tests: Coding.',
  '    format: Shared editor.',
  '    minutes: 45',
  '    phases: [{ title: Problem, minutes: 45 }]',
  '    checklist:',
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`      - id: item-${n}`, `        text: Item ${n}`, '        links: [{ card: w2v-skipgram-cbow }]']),
  '  - id: design',
  '    title: Design',
  '    kinds: [system-design]',
  '    tests: Design.',
  '    format: Whiteboard.',
  '    minutes: 45',
  '    phases: [{ title: Design, minutes: 45 }]',
].join('\n');

const hooks = testHooks;

describe('rounds in a real VS Code', () => {
  const loopprep = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), '.loopprep');
  const stories = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), 'stories');

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [loopprep(), stories()]) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('the built-in loops and decks load with no diagnostic, links included', async () => {
    assert.equal(await vscode.commands.executeCommand('loopPrep.pickLoop', 'tiktok-mle'), 'tiktok-mle');
    // Links are checked once the decks are in: give the reload after them its moment.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const extension = vscode.extensions.getExtension('loop-prep.loop-prep');
    assert.ok(extension);
    const ours = vscode.languages.getDiagnostics().filter(([uri, list]) => uri.toString().startsWith(extension.extensionUri.toString()) && list.length > 0);
    assert.deepEqual(ours.map(([uri, list]) => `${uri.path}: ${list.map((d) => d.message).join('; ')}`), []);
  });

  it('a user loop in .loopprep/rounds loads beside the built-in ones; its bad round is a diagnostic at its line', async () => {
    // Made as a user makes a file (the explorer's New File, then typing and saving).
    const file = vscode.Uri.joinPath(loopprep(), 'rounds', 'my-loop.yaml');
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(file, { contents: encode(userLoop) });
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diagnostics = await waitFor(() => vscode.languages.getDiagnostics(file), (list) => list.length > 0);
    assert.equal(diagnostics.length, 1, diagnostics.map((d) => d.message).join('; '));
    const [problem] = diagnostics;
    assert.ok(problem);
    assert.match(problem.message, /Round 2: .*checklist/);
    assert.equal(problem.range.start.line, 31, 'on the round missing its checklist');
    assert.equal(problem.source, 'Loop Prep');
    // Its good round loaded: the loop can be picked.
    assert.equal(await vscode.commands.executeCommand('loopPrep.pickLoop', 'my-loop'), 'my-loop');
  });

  it('a loop nested thousands deep (it used to throw and take every loop with it) is one diagnostic; every other loop loads', async () => {
    const file = vscode.Uri.joinPath(loopprep(), 'rounds', 'deep.yaml');
    // About 10 KB of nested block sequences, as the attack that found it wrote.
    const deep = `id: deep\ntitle: Deep\nrounds:\n${Array.from({ length: 2500 }, (_, depth) => `${'  '.repeat(Math.min(depth, 2000))}- x`).join('\n')}\n`;
    await vscode.workspace.fs.writeFile(file, encode(`id: deep\ntitle: Deep\nrounds:\n  ${'- '.repeat(5000)}x\n`));
    try {
      const diagnostics = await waitFor(() => vscode.languages.getDiagnostics(file), (list) => list.length > 0, 15_000);
      assert.equal(diagnostics.length, 1, diagnostics.map((d) => d.message).join('; '));
      assert.match(diagnostics[0]?.message ?? '', /nest/i);
      assert.equal(diagnostics[0]?.range.start.line, 3, 'on the line too deep');
      await vscode.workspace.fs.writeFile(file, encode(deep));
      await waitFor(() => vscode.languages.getDiagnostics(file)[0]?.range.start.line, (line) => line !== 3, 15_000);
      assert.equal(vscode.languages.getDiagnostics(file).length, 1);
      // The built-in loops and the user's own still load.
      assert.equal(await vscode.commands.executeCommand('loopPrep.pickLoop', 'tiktok-mle'), 'tiktok-mle');
      assert.equal(await vscode.commands.executeCommand('loopPrep.pickLoop', 'my-loop'), 'my-loop');
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });

  it('sets and clears a loop\'s interview date in the journal; a malformed date is refused', async () => {
    await vscode.commands.executeCommand('loopPrep.setInterviewDate', 'my-loop', '2099-01-15');
    await vscode.commands.executeCommand('loopPrep.setInterviewDate', 'my-loop', '');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('loopPrep.setInterviewDate', 'my-loop', '15/01/2099')), /YYYY-MM-DD/);
    const dates = (await journalEvents()).filter((event) => event.type === 'rounds.interviewDate').map((event) => event.data);
    assert.deepEqual(dates.slice(-2), [{ loop: 'my-loop', date: '2099-01-15' }, { loop: 'my-loop', date: null }]);
  });

  it('scaffolds a project story into stories/, never overwriting; its sections become cards', async () => {
    const first = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.newStory', 'project', 'Feed ranking retrain');
    assert.ok(first);
    assert.match(first.path, /\/stories\/feed-ranking-retrain\.md$/);
    await vscode.workspace.fs.writeFile(first, encode(decode(await vscode.workspace.fs.readFile(first)).replace('- Who felt the pain', '- My own notes: who felt the pain')));
    const second = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.newStory', 'project', 'Feed ranking retrain');
    assert.ok(second);
    assert.match(second.path, /\/stories\/feed-ranking-retrain-2\.md$/, 'the second story does not overwrite the first');
    assert.match(decode(await vscode.workspace.fs.readFile(first)), /My own notes/, 'the first story keeps its edits');
    assert.deepEqual(vscode.languages.getDiagnostics(first), []);
    // The "Data" section is a card of the review queue: opening it lands on its heading.
    await vscode.commands.executeCommand('loopPrep.openCard', 'story-feed-ranking-retrain-2-data');
    const editor = await waitFor(() => vscode.window.activeTextEditor, (active) => active?.document.uri.toString() === second.toString());
    assert.ok(editor);
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /^## Data: Feed ranking retrain \{#story-feed-ranking-retrain-2-data\}$/);
  });

  it('a checklist\'s card links show their card: its title and deck, found for every link of the selected loop', async () => {
    const extension = vscode.extensions.getExtension('loop-prep.loop-prep');
    assert.ok(extension);
    // Every note's title, from the headings of the built-in decks ("## Title {#id}" or "{#id reversed}").
    const titles = new Map<string, string>();
    const folder = vscode.Uri.joinPath(extension.extensionUri, 'flashcards');
    for (const [name] of await vscode.workspace.fs.readDirectory(folder)) {
      if (!name.endsWith('.md')) continue;
      for (const line of decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name))).split('\n')) {
        const heading = /^#{2,}\s+(.*?)\s*\{#([\w-]+)[^}]*\}\s*$/.exec(line);
        if (heading?.[1] !== undefined && heading[2] !== undefined) titles.set(heading[2], heading[1]);
      }
    }
    // Rows: [depth, id, label, description, tooltip, icon, checkbox, collapsible, contextValue, command, arguments, …].
    type Row = [number, string, string, string | undefined, string | undefined, string | undefined, unknown, unknown, string | undefined, string | undefined, unknown[] | undefined];
    const rows = await waitFor(() => hooks().probe('roundsRows') as Row[], (all) => all.some((row) => row[9] === 'loopPrep.previewCard' && row[3] !== undefined && !row[3].includes('not found')), 30_000);
    const links = rows.filter((row) => row[9] === 'loopPrep.previewCard');
    assert.ok(links.length > 0, 'the selected loop links cards');
    for (const [, , label, description, , , , , , , args] of links) {
      const noteId = String(args?.[0]);
      assert.equal(label, titles.get(noteId), `the link to ${noteId} shows its card's title`);
      assert.match(description ?? '', /^card · .+ · (not reviewed yet|recall \d+%)$/, `the link to ${noteId} names its deck and recall`);
    }
  });

  it('checklist links open what they point at: a problem\'s statement, a card at its heading', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('loopPrep.openProblem', 'jump-game');
    const preview = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.includes('README')),
      (tab) => tab !== undefined,
    );
    assert.ok(preview, 'the statement opens in the Markdown preview');
    await vscode.commands.executeCommand('loopPrep.openCard', 'w2v-skipgram-cbow');
    const editor = await waitFor(() => vscode.window.activeTextEditor, (active) => active?.document.uri.path.endsWith('/flashcards/word2vec.md') === true);
    assert.ok(editor);
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /\{#w2v-skipgram-cbow\}/);
  });

  it('a Markdown file in stories/ that the command did not make is not a deck', async () => {
    const notes = vscode.Uri.joinPath(stories(), 'notes.md');
    await vscode.workspace.fs.writeFile(notes, encode('# My notes\n\n## Ideas\n\nNot a card.\n'));
    await vscode.commands.executeCommand('loopPrep.reloadDecks');
    assert.deepEqual(vscode.languages.getDiagnostics(notes), []);
  });
});
