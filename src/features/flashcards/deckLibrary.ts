import path from 'node:path';
import * as vscode from 'vscode';
import { findDuplicateCardIds, findDuplicateDeckIds } from '../../core/decks/duplicates';
import { fixesFor, type DiagnosticKey } from '../../core/decks/fixes';
import type { Card, DeckDiagnostic, DeckFileDiagnostic, DeckFix, ParsedDeck } from '../../core/decks/types';
import { knownRoundIds } from '../../core/rounds/roundIds';
import { isStoryFile } from '../../core/rounds/stories';
import type { SessionCard } from '../../core/scheduling/reviewSession';
import { isInsideFolder } from '../../core/workspacePaths';
import { mapFiles, readDirectory, readText, staysInsideFolder } from '../files';
import { showNotice } from '../notices';
import { parseSafely } from '../../core/parseSafely';
import { publishProblems, Reloader } from '../reloader';
import type { Services } from '../services';
import { watchSetting } from '../settings';
import { deckFolders, type DeckFolderSetting } from './config';

/** Where users keep their own decks in a workspace folder. */
const userDeckFolder = '.loopprep/flashcards';
/** Where the "New Story" command puts stories; only files marked `kind: story` there are decks. */
export const storyFolder = 'stories';

/** A card as the library hands it on: the parsed card plus where its deck lives. */
export interface LibraryCard extends SessionCard {
  readonly card: Card;
  readonly uri: vscode.Uri;
}

/** A loaded deck file: where it is, what it holds, and whether it ships with Loop Prep. */
export interface LoadedDeck {
  readonly uri: vscode.Uri;
  readonly parsed: ParsedDeck;
  readonly builtIn: boolean;
}

/**
 * Every deck: the built-in ones, the workspace's `.loopprep/flashcards/**` and the
 * configured folders (the last two only in a trusted workspace). Each bad file shows
 * its problems in the Problems panel while its good cards and every other deck load;
 * saving a deck reloads it.
 */
export class DeckLibrary implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after decks were (re)loaded. */
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('loop-prep-decks');
  private readonly disposables: { dispose(): unknown }[] = [this.changed, this.diagnostics];
  private decks: LoadedDeck[] = [];
  private cardList: LibraryCard[] = [];
  /** The cards of each note (a reversed or cloze note has several), by the note's id. */
  private noteCards = new Map<string, LibraryCard[]>();
  private readonly reloader = new Reloader(() => this.load(), (error: unknown) => { this.services.log.error('Could not reload the decks:', error); });
  /** The problems the last load published for each file, cross-deck ones included (their fixes are offered as quick fixes). */
  private problems = new Map<string, readonly DeckDiagnostic[]>();
  /** The last load's parse of each file, with the text it parsed. */
  private parseCache = new Map<string, { readonly text: string; readonly parsed: ParsedDeck }>();
  private loaded: Promise<void> | undefined;
  private loadedOnce = false;
  /** Deck folders from workspace settings that the last load found leading outside the workspace (through a link). */
  private escaping = new Set<string>();
  /** The ignored deck folders last told about, so a notice comes once per change of them. */
  private noticed = '[]';

  constructor(private readonly services: Services) {
    const onFileEvent = (): void => { this.reloader.schedule(); };
    // The stories pattern also matches nested stories/ folders: a spare reload, nothing worse.
    for (const pattern of [`**/${userDeckFolder}/**/*.md`, `**/${storyFolder}/*.md`]) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      this.disposables.push(watcher, watcher.onDidChange(onFileEvent), watcher.onDidCreate(onFileEvent), watcher.onDidDelete(onFileEvent));
    }
    this.disposables.push(
      // Configured folders may lie outside the workspace, where the watcher does not look.
      // A save is one deliberate change: reload at once (only that file is parsed again),
      // rather than after the pause that gathers a burst of file events.
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.uri.path.endsWith('.md') && this.isDeckFile(document.uri)) {
          this.reload().catch((error: unknown) => { this.services.log.error('Could not reload the decks:', error); });
        }
      }),
      watchSetting(
        () => (vscode.workspace.workspaceFolders ?? []).map((folder) => deckFolders(folder)),
        () => { this.reloader.schedule(); },
      ),
      // Files made, deleted or renamed in the explorer or by an edit: reported here whether or
      // not the file watcher is up yet (it starts a second or more after the window).
      vscode.workspace.onDidCreateFiles((event) => { if (event.files.some((file) => this.mayBeDeck(file))) this.reloader.schedule(); }),
      vscode.workspace.onDidDeleteFiles((event) => { if (event.files.some((file) => this.mayBeDeck(file))) this.reloader.schedule(); }),
      vscode.workspace.onDidRenameFiles((event) => { if (event.files.some((file) => this.mayBeDeck(file.oldUri) || this.mayBeDeck(file.newUri))) this.reloader.schedule(); }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { this.reloader.schedule(); }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => { this.reloader.schedule(); }),
    );
  }

  /** The decks loaded, built-in first. */
  all(): readonly LoadedDeck[] {
    return this.decks;
  }

  /** Every reviewable card, in deck order; a card id already taken by an earlier deck is left out. */
  cards(): readonly LibraryCard[] {
    return this.cardList;
  }

  /**
   * The cards of the note with this id (the id in a card's heading, which checklist links
   * name), in deck order. A lookup, not a search: the Rounds view asks it for every card link
   * each time it refreshes, and a search of 100,000 cards per link held the host 170 ms.
   */
  cardsOfNote(noteId: string): readonly LibraryCard[] {
    return this.noteCards.get(noteId) ?? [];
  }

  /** (Re)loads every deck; a call during a load gets one more load after it (see Reloader). */
  reload(): Promise<void> {
    return this.reloader.reload();
  }

  /** Loads the decks once; later calls wait for the same load (changes reload by themselves). */
  ready(): Promise<void> {
    // A failed load is not kept: the next call (a retry) loads again.
    this.loaded ??= this.reload().catch((error: unknown) => {
      this.loaded = undefined;
      throw error;
    });
    return this.loaded;
  }

  /** Whether the decks have loaded once. */
  get isLoaded(): boolean {
    return this.loadedOnce;
  }

  /**
   * The fixes the last load found for a diagnostic of a file, while the document still reads
   * as it was loaded: after an unsaved edit, positions may have moved (and the diagnostics
   * are redone only on save), so none are offered.
   */
  fixesFor(uri: vscode.Uri, documentText: string, diagnostic: DiagnosticKey): readonly DeckFix[] {
    const key = uri.toString();
    const problems = this.problems.get(key);
    const loadedText = this.parseCache.get(key)?.text;
    if (!problems || loadedText === undefined || withoutBom(loadedText) !== withoutBom(documentText)) return [];
    return fixesFor(problems, diagnostic);
  }

  /** A loaded deck, or a file where a new one would be found (the decks folder, stories/); a folder counts too (it may hold decks). */
  private mayBeDeck(uri: vscode.Uri): boolean {
    // userDeckFolder and storyFolder, as patterns.
    return this.isDeckFile(uri) || /\/\.loopprep\/flashcards(\/|$)/.test(uri.path) || /\/stories(\/[^/]+\.md)?$/.test(uri.path);
  }

  private isDeckFile(uri: vscode.Uri): boolean {
    return this.decks.some((deck) => deck.uri.toString() === uri.toString());
  }

  /**
   * The folders decks are read from, as the settings say now: the built-in decks, and in a
   * trusted workspace each folder's `.loopprep/flashcards`, configured deck folders and
   * `stories`. The Review panel serves card images from these folders only.
   */
  roots(): { readonly uri: vscode.Uri; readonly kind: 'built-in' | 'user' | 'stories' }[] {
    const roots: { uri: vscode.Uri; kind: 'built-in' | 'user' | 'stories' }[] = [{ uri: vscode.Uri.joinPath(this.services.extensionUri, 'flashcards'), kind: 'built-in' }];
    // Restricted Mode: the workspace's own files are not read.
    if (!vscode.workspace.isTrusted) return roots;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      roots.push({ uri: vscode.Uri.joinPath(folder.uri, userDeckFolder), kind: 'user' });
      for (const setting of deckFolders(folder)) {
        const uri = resolveFolder(folder, setting.entry);
        // A workspace's settings come with its files: they may name folders inside it only.
        if (setting.scope === 'workspace' && (this.escaping.has(uri.toString()) || !namesInsideWorkspace(uri))) continue;
        roots.push({ uri, kind: 'user' });
      }
      roots.push({ uri: vscode.Uri.joinPath(folder.uri, storyFolder), kind: 'stories' });
    }
    return roots;
  }

  /**
   * The deck folders named in workspace settings that lead outside the workspace, by name
   * or through a link (user settings may point anywhere). Remembered for roots().
   */
  private async ignoredDeckFolders(): Promise<{ readonly setting: DeckFolderSetting; readonly leadsTo: string | undefined }[]> {
    const ignored: { setting: DeckFolderSetting; leadsTo: string | undefined }[] = [];
    const escaping = new Set<string>();
    if (vscode.workspace.isTrusted) {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        for (const setting of deckFolders(folder)) {
          if (setting.scope !== 'workspace') continue;
          const uri = resolveFolder(folder, setting.entry);
          const check = await staysInsideWorkspace(uri);
          if (check.inside) continue;
          escaping.add(uri.toString());
          ignored.push({ setting, leadsTo: check.leadsTo });
        }
      }
    }
    this.escaping = escaping;
    return ignored;
  }

  /** Says which deck folders were not read and why, once per change of them; offers the setting. */
  private noticeIgnored(ignored: readonly { readonly setting: DeckFolderSetting; readonly leadsTo: string | undefined }[]): void {
    const key = JSON.stringify(ignored.map(({ setting, leadsTo }) => [setting.entry, leadsTo]));
    if (key === this.noticed) return;
    this.noticed = key;
    if (ignored.length === 0) return;
    const named = ignored.map(({ setting, leadsTo }) => `"${setting.entry}"${leadsTo === undefined ? ' (a link that leads nowhere)' : leadsTo === setting.entry.trim() ? '' : ` (it leads to ${leadsTo})`}`).join(', ');
    const message = `Loop Prep did not read the deck folder${ignored.length > 1 ? 's' : ''} ${named} named in this workspace's settings (loopPrep.flashcards.deckFolders): ${ignored.length > 1 ? 'they are' : 'it is'} outside the workspace. A workspace's settings may name deck folders inside it only; put a folder elsewhere in your user settings.`;
    this.services.log.warn(message);
    void showNotice(this.services, 'warning', message, 'Open Workspace Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openWorkspaceSettings', 'loopPrep.flashcards.deckFolders');
    });
  }

  private async load(): Promise<void> {
    const started = Date.now();
    const files: { uri: vscode.Uri; builtIn: boolean; story?: boolean }[] = [];
    const ignored = await this.ignoredDeckFolders();
    for (const root of this.roots()) {
      // Built-in decks and stories are one folder each; user deck folders may nest.
      for (const uri of await markdownFiles(root.uri, root.kind === 'user')) files.push({ uri, builtIn: root.kind === 'built-in', story: root.kind === 'stories' });
    }
    // Read at once (mapFiles), each sent to the parser's worker thread as it arrives.
    const reads = await mapFiles(files, async ({ uri, builtIn: isBuiltIn, story }) => {
      // Read with Node for local files (readText): VS Code's file API took 20–150 ms a file
      // in code-server, so a save waited seconds for every deck to be read again.
      const text = await readText(uri);
      if (text === undefined) {
        this.services.log.warn(`Could not read the deck ${uri.fsPath}.`);
        return undefined;
      }
      // A stories folder may hold other notes: only the files the command made are decks.
      if (story && !parseSafely(() => isStoryFile(text), () => false)) return undefined;
      // Only a file whose text changed is parsed again: a save re-reads every deck, but
      // parses one, so the views follow within a second however many decks there are.
      const key = uri.toString();
      const cached = this.parseCache.get(key);
      const parsed = cached?.text === text ? cached.parsed : this.services.parser.parse({ kind: 'deck', text, file: key, options: { knownRounds: knownRoundIds } });
      return { uri, builtIn: isBuiltIn, key, text, parsed };
    });
    // In the files' order (built-in first), whatever order the reads ended in.
    const read = reads.filter((entry) => entry !== undefined);
    const decks: LoadedDeck[] = [];
    const parsedFiles: ParsedDeck[] = [];
    const seen = new Map<string, { readonly text: string; readonly parsed: ParsedDeck }>();
    for (const { uri, builtIn: isBuiltIn, key, text, parsed: parsing } of read) {
      const parsed = await parsing;
      seen.set(key, { text, parsed });
      parsedFiles.push(parsed);
      // A file with neither front matter nor cards is not a deck; its diagnostic still shows.
      if (parsed.deck) decks.push({ uri, parsed, builtIn: isBuiltIn });
    }
    this.parseCache = seen;
    const loaded = parsedFiles.filter((parsed) => parsed.deck !== undefined);
    await this.publish(decks, parsedFiles, [...findDuplicateCardIds(loaded), ...findDuplicateDeckIds(loaded)]);
    this.loadedOnce = true;
    this.services.log.info(`Loaded ${this.cardList.length} cards from ${decks.length} decks in ${Date.now() - started} ms.`);
    this.changed.fire();
    this.noticeIgnored(ignored);
  }

  private async publish(decks: LoadedDeck[], parsedFiles: readonly ParsedDeck[], duplicates: readonly DeckFileDiagnostic[]): Promise<void> {
    await publishProblems(this.diagnostics, [...parsedFiles, ...duplicates.map((problem) => ({ file: problem.file, diagnostics: [problem] }))]);
    const problems = new Map<string, DeckDiagnostic[]>();
    for (const parsed of parsedFiles) if (parsed.diagnostics.length > 0) problems.set(parsed.file, [...parsed.diagnostics]);
    for (const problem of duplicates) {
      const list = problems.get(problem.file) ?? [];
      list.push(problem);
      problems.set(problem.file, list);
    }
    this.problems = problems;

    const seen = new Set<string>();
    const cards: LibraryCard[] = [];
    const noteCards = new Map<string, LibraryCard[]>();
    for (const deck of decks) {
      const deckTitle = deck.parsed.deck?.title ?? deck.uri.path;
      for (const card of deck.parsed.cards) {
        if (seen.has(card.id)) continue;
        seen.add(card.id);
        const loaded: LibraryCard = { id: card.id, deckId: card.deckId, deckTitle, title: card.title, front: card.front, back: card.back, card, uri: deck.uri };
        cards.push(loaded);
        const ofNote = noteCards.get(card.noteId);
        if (ofNote) ofNote.push(loaded);
        else noteCards.set(card.noteId, [loaded]);
      }
    }
    this.decks = decks;
    this.cardList = cards;
    this.noteCards = noteCards;
  }

  dispose(): void {
    this.reloader.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function resolveFolder(folder: vscode.WorkspaceFolder, entry: string): vscode.Uri {
  const trimmed = entry.trim();
  // Absolute paths are taken as they are; anything else is relative to the workspace folder.
  if (trimmed.startsWith('/') || /^[A-Za-z]:[\\/]/.test(trimmed)) return vscode.Uri.file(trimmed);
  return vscode.Uri.joinPath(folder.uri, trimmed);
}

/** Whether a folder's name (links not followed) puts it inside one of the workspace's folders. */
function namesInsideWorkspace(uri: vscode.Uri): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some((folder) => folder.uri.scheme === uri.scheme && folder.uri.authority === uri.authority && isInsideFolder(folder.uri.path, uri.path, path.posix));
}

/** Whether a folder stays inside one of the workspace's folders, links followed; where it leads when not. */
async function staysInsideWorkspace(uri: vscode.Uri): Promise<{ readonly inside: true } | { readonly inside: false; readonly leadsTo: string | undefined }> {
  let outside: { inside: false; leadsTo: string | undefined } = { inside: false, leadsTo: uri.scheme === 'file' ? uri.fsPath : uri.toString() };
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== uri.scheme || folder.uri.authority !== uri.authority) continue;
    const check = await staysInsideFolder(folder.uri, uri).catch(() => ({ inside: false as const, leadsTo: undefined }));
    if (check.inside) return check;
    // Named inside this folder but leading out of it: say where it leads.
    if (isInsideFolder(folder.uri.path, uri.path, path.posix)) outside = check;
  }
  return outside;
}

/** The `*.md` files in a folder (and, when `recursive`, below it), sorted; none when it is missing. */
async function markdownFiles(root: vscode.Uri, recursive: boolean): Promise<vscode.Uri[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await readDirectory(root);
  } catch {
    return [];
  }
  const files: vscode.Uri[] = [];
  for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
    const uri = vscode.Uri.joinPath(root, name);
    if (type === vscode.FileType.File && name.endsWith('.md') && name.toLowerCase() !== 'readme.md') files.push(uri);
    else if (recursive && type === vscode.FileType.Directory) files.push(...(await markdownFiles(uri, true)));
  }
  return files;
}
