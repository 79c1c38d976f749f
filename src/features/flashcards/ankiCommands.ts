import os from 'node:os';
import * as vscode from 'vscode';
import { slugify } from '../../core/decks/slug';
import { knownRoundIds } from '../../core/rounds/roundIds';
import { readDirectory, uriExists } from '../files';
import { showNotice } from '../notices';
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
  /** Empty or left out: the deck the export names (its `#deck` header or deck column). */
  readonly title?: string;
  readonly rounds: readonly string[];
  readonly folder?: vscode.WorkspaceFolder;
}

/** Whether a command argument is a complete import request (from a script or a test). */
export function isImportRequest(value: unknown): value is AnkiImportRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Record<string, unknown>;
  return request['source'] instanceof vscode.Uri && (request['title'] === undefined || typeof request['title'] === 'string') && Array.isArray(request['rounds']) && request['rounds'].every((round) => typeof round === 'string') && request['rounds'].length > 0;
}

/** Import an Anki text export; returns the deck file written, if any. */
export async function importAnkiDeck(services: Services, study: Study, request?: AnkiImportRequest): Promise<vscode.Uri | undefined> {
  const { library } = study;
  const asked = request ?? (await askImport());
  if (!asked) return undefined;
  const { source } = asked;
  const folder = asked.folder ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('Open a folder first: imported decks are saved in its .loopprep/flashcards folder.');
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
  const sourceName = source.path.split('/').pop() ?? 'that file';
  // As Anki names it: the title asked for, else the deck the export names, else the file's name.
  const title = asked.title?.trim() || parseSafely(() => loadDecks().ankiDeckTitle(text), () => undefined) || sourceName.replace(/\.[^.]+$/, '') || 'Imported from Anki';
  await study.ready();
  // From the files as they are now: a deck imported a moment ago may not be in the
  // library yet (reloads follow file events), and its ids are taken too.
  await library.reload();
  const existingIds = new Set(library.cards().map((card) => card.card.noteId));

  // A new file, never an existing one: deck-2.md, deck-3.md… if the name is taken by a
  // file or by another deck's id (deck ids are file names, and must not clash).
  const directory = vscode.Uri.joinPath(folder.uri, ...importFolder);
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
  const deckName = target.path.split('/').pop()?.replace(/\.md$/, '') ?? base;
  // Anki keeps a profile's images in collection.media; an export copied with that folder
  // beside it brings them. They go to a new folder beside the deck, never over a file.
  const mediaSource = vscode.Uri.joinPath(source, '..', 'collection.media');
  const available = await mediaFiles(mediaSource);
  const mediaFolder = await freeFolderName(directory, `${deckName}-media`);

  const result = parseSafely(
    () => loadDecks().importAnkiText(text, { title, rounds: asked.rounds, existingIds, media: { available, folder: mediaFolder } }),
    (problem) => ({ markdown: '', notes: 0, skipped: [{ line: 1, reason: problem.message }], title, tags: [], images: [], droppedImages: [] }),
  );
  for (const skip of result.skipped) services.log.warn(`Anki import of ${source.toString()}: line ${skip.line} skipped: ${skip.reason}`);
  if (result.notes === 0) {
    void vscode.window.showErrorMessage(
      `No notes in ${sourceName} could be imported${result.skipped.length > 0 ? ` (${result.skipped.length} rows skipped; see the log)` : ''}. Loop Prep reads Anki's “Notes in Plain Text” export with Basic and Cloze notes.`,
      'Show Log',
    ).then((choice) => { if (choice) services.log.show(); });
    return undefined;
  }

  await vscode.workspace.fs.createDirectory(directory);
  const dropped = [...result.droppedImages];
  let copied = 0;
  if (result.images.length > 0) {
    const imagesFolder = vscode.Uri.joinPath(directory, mediaFolder);
    await vscode.workspace.fs.createDirectory(imagesFolder);
    for (const name of result.images) {
      try {
        await vscode.workspace.fs.copy(vscode.Uri.joinPath(mediaSource, name), vscode.Uri.joinPath(imagesFolder, name), { overwrite: false });
        copied++;
      } catch (error) {
        services.log.warn(`Anki import of ${source.toString()}: could not copy the image ${name}: ${error instanceof Error ? error.message : String(error)}`);
        dropped.push(name);
      }
    }
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.markdown));
  await library.reload();
  services.log.info(`Imported ${result.notes} notes from ${source.toString()} into ${target.toString()} (tags: ${result.tags.join(' ')}; ${copied} images copied).`);
  for (const name of dropped) services.log.warn(`Anki import of ${source.toString()}: the image ${name} was not found in ${mediaSource.fsPath}; it shows as [image: ${name}].`);
  await vscode.window.showTextDocument(target, { preview: false });
  void showNotice(services, dropped.length > 0 ? 'warning' : 'information', importNotice(result.notes, vscode.workspace.asRelativePath(target), result.title, copied, `${mediaFolder}/`, dropped, result.skipped.length), ...(dropped.length > 0 || result.skipped.length > 0 ? ['Show Log'] : [])).then((choice) => {
    if (choice) services.log.show();
  });
  return target;
}

/** What an import did, images dropped by name (the first 20; the log has every one). */
export function importNotice(notes: number, deckPath: string, title: string, copied: number, mediaFolder: string, dropped: readonly string[], skipped: number): string {
  const parts = [`Imported ${notes} notes into ${deckPath} as “${title}”.`];
  if (copied > 0) parts.push(`Copied ${copied} image${copied === 1 ? '' : 's'} into ${mediaFolder} beside it.`);
  if (dropped.length > 0) {
    const listed = dropped.slice(0, 20).join(', ');
    const more = dropped.length > 20 ? ` and ${dropped.length - 20} more (see the log)` : '';
    parts.push(`${dropped.length} image${dropped.length === 1 ? ' was' : 's were'} not found beside the export in collection.media, so ${dropped.length === 1 ? 'it shows' : 'they show'} as [image: …] text: ${listed}${more}.`);
  }
  if (skipped > 0) parts.push(`${skipped} rows were skipped (see the log).`);
  return parts.join(' ');
}

/** The names of the files in a folder; none when it is missing. */
async function mediaFiles(folder: vscode.Uri): Promise<Set<string>> {
  try {
    return new Set((await readDirectory(folder)).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name));
  } catch {
    return new Set();
  }
}

/** `name`, or `name-2`, `name-3`… whichever does not exist in `directory`. */
async function freeFolderName(directory: vscode.Uri, name: string): Promise<string> {
  for (let attempt = 1; attempt < 1000; attempt++) {
    const candidate = attempt === 1 ? name : `${name}-${attempt}`;
    if (!(await uriExists(vscode.Uri.joinPath(directory, candidate)))) return candidate;
  }
  throw new Error(`Could not find a free folder name for ${name} in ${directory.fsPath}.`);
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
  // The deck the export names (its #deck header or deck column), as Anki would file the notes.
  const deckTitle = parseSafely(() => loadDecks().ankiDeckTitle(text), () => undefined);
  const fallbackTitle = source.path.split('/').pop()?.replace(/\.[^.]+$/, '') ?? 'Imported from Anki';
  const title = await vscode.window.showInputBox({
    title: 'Import Anki Notes (1/2)',
    prompt: 'The deck’s title in the Flashcards view',
    value: deckTitle ?? fallbackTitle,
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

