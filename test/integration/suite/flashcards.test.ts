import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { noticeCount, noticesSince, sleep, waitFor, workspaceFolder } from './helpers';

const goodDeck = `---
title: Test deck
rounds: [ml-fundamentals]
---

## Bias {#test-bias}

What does high bias look like on the learning curves?

?

Training and validation error are both high and close together.
`;

// Line 6 (0-based 5) has a card without an id; the card after it is fine.
const brokenDeck = `---
title: Broken deck
rounds: [ml-fundamentals]
---

## A card without an id

Question?

?

Answer.

## Variance {#test-variance}

What does high variance look like?

?

Low training error, much higher validation error.
`;

/**
 * Creates a file as a user does in the explorer or an editor (a workspace edit): VS Code
 * reports it to extensions at once. A file written behind VS Code's back reaches them only
 * through the workspace's file watcher, which starts a second or more after the window and
 * on CI once reported nothing for 20 s.
 */
async function createFile(uri: vscode.Uri, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { contents: new TextEncoder().encode(text), overwrite: true });
  assert.ok(await vscode.workspace.applyEdit(edit), `could not create ${uri.path}`);
}

describe('flashcards in a real VS Code', () => {
  const decks = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), '.loopprep', 'flashcards');

  after(async () => {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), '.loopprep'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('a malformed workspace deck is a diagnostic with its line number in the Problems panel', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.loopPrep');
    const broken = vscode.Uri.joinPath(decks(), 'broken.md');
    await createFile(broken, brokenDeck);
    await createFile(vscode.Uri.joinPath(decks(), 'good.md'), goodDeck);
    const diagnostics = await waitFor(
      () => vscode.languages.getDiagnostics(broken),
      (list) => list.length > 0,
    );
    assert.equal(diagnostics.length, 1, diagnostics.map((d) => d.message).join('; '));
    const problem = diagnostics[0];
    assert.ok(problem);
    assert.equal(problem.range.start.line, 5, 'on the heading of the card without an id');
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problem.source, 'Loop Prep');
  });

  it('a deck with thousands of problems lists the first 1,000 and then one that says how many more', async () => {
    const many = vscode.Uri.joinPath(decks(), 'many-problems.md');
    const cards = Array.from({ length: 1500 }, (_, index) => `## Card ${index} without an id\n\nq\n\n?\n\na\n`).join('\n');
    await createFile(many, `---\ntitle: Many problems\nrounds: [ml-fundamentals]\n---\n\n${cards}`);
    try {
      const diagnostics = await waitFor(() => vscode.languages.getDiagnostics(many), (list) => list.length > 0, 15_000);
      assert.equal(diagnostics.length, 1001);
      const last = diagnostics[1000];
      assert.ok(last);
      assert.equal(last.code, 'more-problems');
      assert.match(last.message, /^500 more problems in this file are not listed/);
      assert.equal(last.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await vscode.workspace.fs.delete(many);
    }
  });

  it('fixing and saving the deck clears its diagnostic within a second', async () => {
    const broken = vscode.Uri.joinPath(decks(), 'broken.md');
    const document = await vscode.workspace.openTextDocument(broken);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => { edit.replace(document.lineAt(5).range, '## A card with an id now {#test-fixed}'); });
    const saved = Date.now();
    await document.save();
    const diagnostics = await waitFor(
      () => vscode.languages.getDiagnostics(broken),
      (list) => list.length === 0,
      1_000,
    );
    assert.deepEqual(diagnostics.map((d) => d.message), [], `still reported ${Date.now() - saved} ms after saving`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('a deck problem\'s preferred quick fix corrects the file: asked for at the diagnostic, applied and saved, the diagnostic is gone', async () => {
    const deck = vscode.Uri.joinPath(decks(), 'quick-fix.md');
    await createFile(deck, '---\ntitle: Quick fix\nround: [ml-fundamentals]\n---\n\n## A card without an id\n\nQuestion?\n\n?\n\nAnswer.\n');
    try {
      const document = await vscode.workspace.openTextDocument(deck);
      await vscode.window.showTextDocument(document);
      const before = await waitFor(() => vscode.languages.getDiagnostics(deck), (list) => list.length >= 3, 15_000);
      assert.deepEqual(before.map((d) => d.code).sort(), ['card-missing-id', 'front-matter-invalid', 'front-matter-unknown-key']);
      for (const code of ['front-matter-unknown-key', 'card-missing-id']) {
        const diagnostic = vscode.languages.getDiagnostics(deck).find((d) => d.code === code);
        assert.ok(diagnostic, `no ${code} diagnostic`);
        // The editor hands actions back without their diagnostics: each is asked for at its own diagnostic's range.
        const ask = (): Thenable<(vscode.CodeAction | vscode.Command)[]> => vscode.commands.executeCommand('vscode.executeCodeActionProvider', deck, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        const isPreferredFix = (action: vscode.CodeAction | vscode.Command): action is vscode.CodeAction => 'isPreferred' in action && action.isPreferred === true;
        const actions = await waitFor(ask, (list) => list.some(isPreferredFix), 5_000);
        const preferred = actions.filter(isPreferredFix);
        assert.equal(preferred.length, 1, `one preferred fix for ${code}: ${actions.map((action) => action.title).join('; ')}`);
        const [fix] = preferred;
        assert.ok(fix?.edit);
        assert.ok(await vscode.workspace.applyEdit(fix.edit), `could not apply "${fix.title}"`);
        await document.save();
        await waitFor(() => vscode.languages.getDiagnostics(deck), (list) => !list.some((d) => d.code === code), 5_000);
      }
      // Renaming `round` to `rounds` also ended the "names no rounds" error; the id came from the title.
      assert.deepEqual(vscode.languages.getDiagnostics(deck).map((d) => d.message), []);
      assert.match(document.getText(), /^rounds: \[ml-fundamentals\]$/m);
      assert.match(document.getText(), /^## A card without an id \{#a-card-without-an-id\}$/m);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(deck);
    }
  });

  it('exports a built-in deck for Anki and imports it back as a new workspace deck that loads cleanly, never overwriting', async () => {
    const exported = vscode.Uri.joinPath(workspaceFolder(), '.loopprep', 'word2vec.anki.txt');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.exportDeckToAnki', 'word2vec', exported);
    assert.equal(written?.toString(), exported.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(exported));
    const lines = text.split('\n');
    assert.deepEqual(lines.slice(0, 6), ['#separator:tab', '#html:true', '#notetype column:1', '#guid column:2', '#deck:Loop Prep::Word2Vec', '#tags column:5']);
    const rows = lines.slice(6).filter((line) => /^(Basic|Basic \(and reversed card\)|Cloze)\t/.test(line));
    assert.ok(rows.some((row) => row.startsWith('Cloze\t')), 'cloze notes are exported as the Cloze note type');

    const request = { source: exported, title: 'Word2Vec from Anki', rounds: ['ml-fundamentals'] };
    const first = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.importAnkiDeck', request);
    const second = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.importAnkiDeck', request);
    assert.ok(first && second);
    assert.match(first.path, /\/\.loopprep\/flashcards\/word2vec-from-anki\.md$/);
    assert.match(second.path, /\/\.loopprep\/flashcards\/word2vec-from-anki-2\.md$/, 'the second import does not overwrite the first');
    // The imported decks load with no diagnostic (ids suffixed away from the built-in deck's).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.deepEqual(vscode.languages.getDiagnostics(first).map((d) => d.message), []);
    assert.deepEqual(vscode.languages.getDiagnostics(second).map((d) => d.message), []);
    const imported = new TextDecoder().decode(await vscode.workspace.fs.readFile(first));
    assert.equal((imported.match(/^## .*\{#/gm) ?? []).length, rows.length, 'one card per exported note');
  });

  it('Anki import as Anki files it: titled after #deck, note tags kept, an image from collection.media copied beside the deck (never over a user\'s folder), and the notice lists the image it could not find', async () => {
    const exportFolder = vscode.Uri.joinPath(workspaceFolder(), '.loopprep', 'anki-export');
    const source = vscode.Uri.joinPath(exportFolder, 'notes.txt');
    const media = vscode.Uri.joinPath(exportFolder, 'collection.media');
    await vscode.workspace.fs.createDirectory(media);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(media, 'diagram.png'), new TextEncoder().encode('anki image'));
    await vscode.workspace.fs.writeFile(source, new TextEncoder().encode([
      '#separator:tab', '#html:true', '#deck:Interview::Attention Test', '#notetype column:1', '#tags column:4',
      'Basic\tWhat does attention compute? <img src="diagram.png">\tA weighted sum of values.\tnlp attention',
      'Basic\tScaled by?\t<img src="missing.png"> The square root of d_k.\tnlp',
      '',
    ].join('\n')));
    // A folder of the user's where the images would go: the import must leave it alone.
    const userFolder = vscode.Uri.joinPath(decks(), 'attention-test-media');
    await vscode.workspace.fs.createDirectory(userFolder);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(userFolder, 'diagram.png'), new TextEncoder().encode('user image'));
    const before = await noticeCount();

    const imported = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.importAnkiDeck', { source, rounds: ['ml-fundamentals'] });
    assert.ok(imported);
    try {
      assert.match(imported.path, /\/\.loopprep\/flashcards\/attention-test\.md$/);
      const deck = new TextDecoder().decode(await vscode.workspace.fs.readFile(imported));
      assert.match(deck, /^title: Attention Test$/m);
      assert.match(deck, /^tags: \[anki, nlp, attention\]$/m);
      assert.match(deck, /!\[\]\(attention-test-media-2\/diagram\.png\)/);
      assert.match(deck, /\\\[image: missing\.png\]/);
      const copy = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(decks(), 'attention-test-media-2', 'diagram.png')));
      assert.equal(copy, 'anki image');
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(userFolder, 'diagram.png'))), 'user image');
      const shown = await waitFor(() => noticesSince(before), (list) => list.some((notice) => notice.message.startsWith('Imported')));
      const notice = shown.find((each) => each.message.startsWith('Imported'));
      assert.ok(notice, JSON.stringify(shown));
      assert.equal(notice.level, 'warning');
      assert.match(notice.message, /^Imported 2 notes into .*attention-test\.md as “Attention Test”\. Copied 1 image into attention-test-media-2\/ beside it\. 1 image was not found beside the export in collection\.media, so it shows as \[image: …\] text: missing\.png\.$/);
      assert.deepEqual(vscode.languages.getDiagnostics(imported).map((d) => d.message), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(imported);
    }
  });

  it('a deck folder outside the workspace named in workspace settings is not read (nor through a link), with one notice naming it; user settings may point anywhere', async () => {
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-decks-')));
    fs.writeFileSync(path.join(outside, 'outside.md'), goodDeck.replace('title: Test deck', 'title: Deck from outside').replace('{#test-bias}', '{#outside-bias}'));
    const link = path.join(workspaceFolder().fsPath, 'linked-decks');
    fs.symlinkSync(outside, link);
    const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('loopPrep.flashcards');
    const deckTitles = async (): Promise<string[]> => {
      await vscode.commands.executeCommand('loopPrep.reloadDecks');
      const extension = vscode.extensions.getExtension<{ testing?: { probe(name: string): unknown } } | undefined>('loop-prep.loop-prep');
      return ((extension?.exports?.testing?.probe('deckPicker') ?? []) as { label: string }[]).map((deck) => deck.label);
    };
    const before = await noticeCount();
    const shownSince = async (): Promise<string[]> => (await noticesSince(before)).map((notice) => `${notice.level}: ${notice.message}`);
    try {
      await settings().update('deckFolders', [outside], vscode.ConfigurationTarget.Workspace);
      assert.equal((await deckTitles()).includes('Deck from outside'), false, 'the folder is not read');
      assert.deepEqual(await shownSince(), [`warning: Loop Prep did not read the deck folder "${outside}" named in this workspace's settings (loopPrep.flashcards.deckFolders): it is outside the workspace. A workspace's settings may name deck folders inside it only; put a folder elsewhere in your user settings.`]);
      await deckTitles();
      assert.equal((await shownSince()).length, 1, 'loading again with the same setting says nothing more');

      await settings().update('deckFolders', ['linked-decks'], vscode.ConfigurationTarget.Workspace);
      assert.equal((await deckTitles()).includes('Deck from outside'), false, 'a link out of the workspace is not followed');
      assert.equal((await shownSince())[1], `warning: Loop Prep did not read the deck folder "linked-decks" (it leads to ${outside}) named in this workspace's settings (loopPrep.flashcards.deckFolders): it is outside the workspace. A workspace's settings may name deck folders inside it only; put a folder elsewhere in your user settings.`);

      await settings().update('deckFolders', undefined, vscode.ConfigurationTarget.Workspace);
      await settings().update('deckFolders', [outside], vscode.ConfigurationTarget.Global);
      const titles = await waitFor(deckTitles, (list) => list.includes('Deck from outside'));
      assert.ok(titles.includes('Deck from outside'), 'the same folder in user settings is read');
      await sleep(300);
      assert.equal((await shownSince()).length, 2, 'and no notice about it');
    } finally {
      await settings().update('deckFolders', undefined, vscode.ConfigurationTarget.Workspace);
      await settings().update('deckFolders', undefined, vscode.ConfigurationTarget.Global);
      fs.unlinkSync(link);
      fs.rmSync(outside, { recursive: true, force: true });
      await vscode.commands.executeCommand('loopPrep.reloadDecks');
    }
  });

  it('Review with an unusable data directory: a grade that failed to record is not counted, and opening Review says the journal could not be opened', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-review-'));
    const blocker = path.join(scratch, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const before = await noticeCount(); // activates the extension
    const extension = vscode.extensions.getExtension<{ testing?: { probe(name: string, ...args: unknown[]): unknown } } | undefined>('loop-prep.loop-prep');
    const testing = extension?.exports?.testing;
    assert.ok(testing);
    type Progress = { status: string; card?: { id: string }; progress?: { reviewed: number }; revealed?: boolean; notice?: string };
    const reviewState = (): Progress | undefined => testing.probe('reviewState') as Progress | undefined;
    const configuration = vscode.workspace.getConfiguration();
    try {
      await configuration.update('loopPrep.dataDirectory', path.join(scratch, 'data'), vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('loopPrep.reviewDueCards');
      const shown = await waitFor(reviewState, (state) => state?.status === 'card', 20_000);
      const cardId = shown?.card?.id;
      assert.ok(cardId, 'a card is on screen');
      await testing.probe('review', { type: 'reveal', cardId });
      // The data directory becomes unusable (a folder inside a file) before the grade.
      await configuration.update('loopPrep.dataDirectory', path.join(blocker, 'data'), vscode.ConfigurationTarget.Global);
      await sleep(300);
      await testing.probe('review', { type: 'grade', cardId, grade: 3 });
      const failed = await noticesSince(before);
      assert.equal(failed.length, 1, JSON.stringify(failed));
      assert.match(failed[0]?.message ?? '', /^Loop Prep could not record that review: /);
      assert.equal(reviewState()?.progress?.reviewed, 0, 'the grade that was not recorded is not counted');
      // The page had already painted the next card: the host takes the grade back there.
      const takenBack = reviewState();
      assert.deepEqual([takenBack?.card?.id, takenBack?.revealed], [cardId, true], 'the card it was for, on its answer side');
      assert.match(takenBack?.notice ?? '', /^Not recorded: .+ Grade it again, or see the notification\.$/);

      // Opened again (its page asks for its state): nothing was graded, the journal could not be opened.
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.commands.executeCommand('loopPrep.reviewDueCards');
      await testing.probe('review', { type: 'ready' });
      const opened = (await noticesSince(before + 1)).map((notice) => notice.message);
      assert.ok(opened.length > 0, 'a notice');
      for (const message of opened) {
        assert.doesNotMatch(message, /record that review/);
        assert.match(message, /^Loop Prep could not open your journal, so there is nothing to review yet: .+ The journal is kept in the data directory \(the setting loopPrep\.dataDirectory\)\.$/);
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await configuration.update('loopPrep.dataDirectory', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('registers the review commands; undo with nothing to undo says so instead of failing', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const command of ['loopPrep.reviewDueCards', 'loopPrep.reviewDeck', 'loopPrep.undoLastReview', 'loopPrep.reloadDecks']) {
      assert.ok(commands.has(command), command);
    }
    await vscode.commands.executeCommand('loopPrep.undoLastReview');
  });
});
