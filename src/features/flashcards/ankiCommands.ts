import os from 'node:os';
import * as vscode from 'vscode';
import { slugify } from '../../core/decks/slug';
import { knownRoundIds } from '../../core/rounds/roundIds';
import { uriExists } from '../files';
import { parseSafely } from '../../core/parseSafely';
import { loadDecks } from '../lazyModules';
import type { Services } from '../services';
import type { LoadedDeck } from './deckLibrary';
import type { Study } from '../state/study';

/** Where imported decks go in a workspace folder: beside the user's other decks. */
const importFolder = ['.loopprep', 'flashcards'];

/** The deck a command was invoked on: a Flashcards-view row, a deck id, or a pick. */
async function chooseDeck(library: Study['library'], argument: unknown): Promise<LoadedDeck | undefined> {
  const decks = library.all().filter((deck) => deck.parsed.deck !== undefined);
  if (typeof argument === 'object' && argument !== null && 'parsed' in argument) {
    const row = argument as LoadedDeck;
    return decks.find((deck) => deck.uri.toString() === row.uri.toString());
  }
  if (typeof argument === 'string') return decks.find((deck) => deck.parsed.deck?.id === argument);
  const pick = await vscode.window.showQuickPick(
    decks.map((deck) => ({ label: deck.parsed.deck?.title ?? '', description: `${deck.parsed.cards.length} cards`, detail: deck.builtIn ? 'Built in' : vscode.workspace.asRelativePath(deck.uri), deck })),
    { title: 'Export Deck to Anki', placeHolder: 'Pick a deck to export', matchOnDetail: true },
  );
  return pick?.deck;
}

/** Export a deck as a file Anki imports (File ▸ Import), one row per note. */
/** `target` skips the save dialog (for scripts and tests); without it the user picks the file. */
export async function exportDeckToAnki(services: Services, study: Study, argument: unknown, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  await study.ready();
  const { library } = study;
  const deck = await chooseDeck(library, argument);
  if (!deck?.parsed.deck) return undefined;
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(deck.uri));
  const result = parseSafely(() => loadDecks().exportAnkiText(text, { file: deck.uri.toString() }), (problem) => {
    services.log.error(`Could not export ${deck.uri.toString()}: ${problem.message}`);
    return { text: '', notes: 0 };
  });
  if (result.notes === 0) {
    void vscode.window.showWarningMessage(`“${deck.parsed.deck.title}” has no cards that load, so there is nothing to export.`);
    return undefined;
  }
  target ??= await askExportTarget(deck);
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  services.log.info(`Exported ${result.notes} notes of ${deck.uri.toString()} to ${target.toString()}.`);
  const written = target;
  void vscode.window
    .showInformationMessage(
      `Exported ${result.notes} notes to ${vscode.workspace.asRelativePath(written)}. In Anki, use File ▸ Import; the notes keep their ids, so importing again updates them.`,
      'Open File',
    )
    .then((choice) => { if (choice) void vscode.window.showTextDocument(written); });
  return written;
}

function askExportTarget(deck: LoadedDeck): Thenable<vscode.Uri | undefined> {
  const info = deck.parsed.deck;
  const home = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
  // The save dialog asks before replacing a file; nothing is written without that.
  return vscode.window.showSaveDialog({
    title: `Export “${info?.title ?? ''}” to Anki`,
    defaultUri: vscode.Uri.joinPath(home, `${info?.id ?? 'deck'}.anki.txt`),
    filters: { 'Anki text import': ['txt'] },
    saveLabel: 'Export',
  });
}

/** Import an Anki text export (Basic and Cloze notes) as a new deck in the workspace. */
/** What the import asks for; given in full (by scripts and tests), nothing is asked. */
export interface AnkiImportRequest {
  readonly source: vscode.Uri;
  readonly title: string;
  readonly rounds: readonly string[];
  readonly folder?: vscode.WorkspaceFolder;
}

/** Whether a command argument is a complete import request (from a script or a test). */
export function isImportRequest(value: unknown): value is AnkiImportRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Record<string, unknown>;
  return request['source'] instanceof vscode.Uri && typeof request['title'] === 'string' && Array.isArray(request['rounds']) && request['rounds'].every((round) => typeof round === 'string') && request['rounds'].length > 0;
}

/** Import an Anki text export; returns the deck file written, if any. */
export async function importAnkiDeck(services: Services, study: Study, request?: AnkiImportRequest): Promise<vscode.Uri | undefined> {
  const { library } = study;
  const asked = request ?? (await askImport());
  if (!asked) return undefined;
  const { source, title } = asked;
  const folder = asked.folder ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('Open a folder first: imported decks are saved in its .loopprep/flashcards folder.');
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
  await study.ready();
  // From the files as they are now: a deck imported a moment ago may not be in the
  // library yet (reloads follow file events), and its ids are taken too.
  await library.reload();
  const existingIds = new Set(library.cards().map((card) => card.card.noteId));
  const result = parseSafely(() => loadDecks().importAnkiText(text, { title: title.trim(), rounds: asked.rounds, existingIds }), (problem) => ({ markdown: '', notes: 0, skipped: [{ line: 1, reason: problem.message }] }));
  for (const skip of result.skipped) services.log.warn(`Anki import of ${source.toString()}: line ${skip.line} skipped: ${skip.reason}`);
  if (result.notes === 0) {
    void vscode.window.showErrorMessage(
      `No notes in ${source.path.split('/').pop() ?? 'that file'} could be imported${result.skipped.length > 0 ? ` (${result.skipped.length} rows skipped; see the log)` : ''}. Loop Prep reads Anki's “Notes in Plain Text” export with Basic and Cloze notes.`,
      'Show Log',
    ).then((choice) => { if (choice) services.log.show(); });
    return undefined;
  }

  // A new file, never an existing one: deck-2.md, deck-3.md… if the name is taken by a
  // file or by another deck's id (deck ids are file names, and must not clash).
  const directory = vscode.Uri.joinPath(folder.uri, ...importFolder);
  await vscode.workspace.fs.createDirectory(directory);
  const takenIds = new Set(library.all().flatMap((deck) => (deck.parsed.deck ? [deck.parsed.deck.id] : [])));
  const base = slugify(title, 60) || 'anki-import';
  let target: vscode.Uri | undefined;
  for (let attempt = 1; attempt < 1000 && !target; attempt++) {
    const name = attempt === 1 ? base : `${base}-${attempt}`;
    const candidate = vscode.Uri.joinPath(directory, `${name}.md`);
    if (takenIds.has(name) || (await uriExists(candidate))) continue;
    target = candidate;
  }
  if (!target) throw new Error(`Could not find a free file name for ${base}.md in ${directory.fsPath}.`);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.markdown));
  await library.reload();
  services.log.info(`Imported ${result.notes} notes from ${source.toString()} into ${target.toString()}.`);
  await vscode.window.showTextDocument(target, { preview: false });
  const skipped = result.skipped.length > 0 ? ` ${result.skipped.length} rows were skipped (see the log).` : '';
  void vscode.window.showInformationMessage(`Imported ${result.notes} notes into ${vscode.workspace.asRelativePath(target)}.${skipped}`, ...(skipped ? ['Show Log'] : [])).then((choice) => {
    if (choice) services.log.show();
  });
  return target;
}

/** The folder, file, title and rounds of an import, asked of the user; undefined if they cancel. */
async function askImport(): Promise<AnkiImportRequest | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('Open a folder first: imported decks are saved in its .loopprep/flashcards folder, beside your other decks.', 'Open Folder…').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.files.openFolder');
    });
    return undefined;
  }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder should the imported deck go into?' });
  if (!folder) return undefined;
  const [source] =
    (await vscode.window.showOpenDialog({
      title: 'Import Anki Notes',
      canSelectMany: false,
      filters: { 'Anki notes in plain text': ['txt', 'tsv', 'csv'], 'All files': ['*'] },
      openLabel: 'Import',
    })) ?? [];
  if (!source) return undefined;
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
  const deckHeader = /^#deck:(.*)$/m.exec(text)?.[1]?.split('::').pop()?.trim();
  const fallbackTitle = source.path.split('/').pop()?.replace(/\.[^.]+$/, '') ?? 'Imported from Anki';
  const title = await vscode.window.showInputBox({
    title: 'Import Anki Notes (1/2)',
    prompt: 'The deck’s title in the Flashcards view',
    value: deckHeader || fallbackTitle,
    validateInput: (value) => (value.trim() === '' ? 'A deck needs a title.' : undefined),
  });
  if (title === undefined) return undefined;
  const rounds = await vscode.window.showQuickPick(
    [...knownRoundIds].map((round) => ({ label: round, picked: round === 'ml-fundamentals' })),
    { title: 'Import Anki Notes (2/2)', placeHolder: 'Which interview rounds does this deck prepare for?', canPickMany: true },
  );
  if (!rounds || rounds.length === 0) return undefined;
  return { source, title, rounds: rounds.map((round) => round.label), folder };
}

