import * as vscode from 'vscode';
import type { ParsedLoop, Loop } from '../../core/rounds/loopFormat';
import { unknownLinks } from '../../core/rounds/links';
import { mapFiles, readText, yamlFiles } from '../files';
import type { DeckLibrary } from '../flashcards/deckLibrary';
import type { ProblemCatalog } from '../problems/problemCatalog';
import { publishProblems, Reloader } from '../reloader';
import type { Services } from '../services';

/** Where users keep their own loops in a workspace folder. */
export const userLoopFolder = '.loopprep/rounds';

export interface LoadedLoop {
  readonly loop: Loop;
  readonly uri: vscode.Uri;
  readonly builtIn: boolean;
}

/**
 * Every interview loop: the built-in templates in `rounds/` and, in a trusted workspace,
 * `.loopprep/rounds/*.yaml` of each folder. A bad file is a diagnostic in the Problems
 * panel while its good rounds and every other loop load. Links are checked against the
 * decks and cards loaded, so loops reload when the decks do.
 */
export class LoopLibrary implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('loop-prep-rounds');
  private readonly disposables: { dispose(): unknown }[] = [this.changed, this.diagnostics];
  private loops: LoadedLoop[] = [];
  private loaded = false;
  private settled = false;
  private firstLoad: Promise<void> | undefined;
  private problems: ReadonlySet<string> = new Set();
  /** What the last load parsed: its diagnostics, and its links to check against the decks. */
  private parsedFiles: readonly ParsedLoop[] = [];
  private readonly reloader = new Reloader(() => this.load(), (error: unknown) => { this.services.log.error('Could not reload the interview loops:', error); });
  /** The links checked again (and the loops' problems published) after a load and whenever the decks change. */
  private readonly linkCheck = new Reloader(() => this.checkLinks(), (error: unknown) => { this.services.log.error('Could not check the interview loops\' links:', error); }, 0);

  constructor(
    private readonly services: Services,
    private readonly decks: DeckLibrary,
    private readonly catalog: ProblemCatalog,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${userLoopFolder}/*.{yaml,yml}`);
    const later = (): void => { this.reloader.schedule(); };
    const isLoopFile = (uri: vscode.Uri): boolean => /\/\.loopprep\/rounds\/[^/]+\.ya?ml$/i.test(uri.path);
    const ifLoopFiles = (files: readonly vscode.Uri[]): void => { if (files.some(isLoopFile)) later(); };
    this.disposables.push(
      watcher,
      watcher.onDidChange(later),
      watcher.onDidCreate(later),
      watcher.onDidDelete(later),
      // The file watcher can miss a change (a folder deleted and made again at once): what
      // the user does in the editor and the explorer is reported here as well.
      vscode.workspace.onDidSaveTextDocument((document) => { ifLoopFiles([document.uri]); }),
      vscode.workspace.onDidCreateFiles((event) => { ifLoopFiles(event.files); }),
      vscode.workspace.onDidDeleteFiles((event) => { ifLoopFiles(event.files); }),
      vscode.workspace.onDidRenameFiles((event) => { ifLoopFiles(event.files.flatMap((file) => [file.oldUri, file.newUri])); }),
      // Links name decks and cards: checked again, the loops themselves stay as they are.
      decks.onDidChange(() => { this.linkCheck.schedule(); }),
      vscode.workspace.onDidChangeWorkspaceFolders(later),
      vscode.workspace.onDidGrantWorkspaceTrust(later),
    );
  }

  /** The loops loaded: built-in first, then the workspace's, each in file-name order. */
  all(): readonly LoadedLoop[] {
    return this.loops;
  }

  /** Whether the loops have loaded once (the view shows its welcome text until then). */
  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Whether the built-in catalog has a practice problem with this slug. */
  hasProblem(slug: string): boolean {
    return this.problems.has(slug);
  }

  /**
   * The first load (started if nothing has started it): resolves when it is done, rejects
   * if it failed. Unlike `reload()`, asking twice loads once.
   */
  ready(): Promise<void> {
    if (this.loaded) return Promise.resolve();
    this.firstLoad ??= this.reload()
      // A failed first load is tried again by the next caller.
      .catch((error: unknown) => { this.firstLoad = undefined; throw error; })
      .finally(() => { this.settled = true; });
    return this.firstLoad;
  }

  /** Whether the first load has ended, loaded or failed: what depends on the loops can show itself. */
  get hasSettled(): boolean {
    return this.loaded || this.settled;
  }

  /** (Re)loads every loop; a call during a load gets one more load after it (see Reloader). */
  reload(): Promise<void> {
    return this.reloader.reload();
  }

  private async load(): Promise<void> {
    const started = Date.now();
    const files: { uri: vscode.Uri; builtIn: boolean }[] = [];
    for (const uri of await yamlFiles(vscode.Uri.joinPath(this.services.extensionUri, 'rounds'))) files.push({ uri, builtIn: true });
    // Restricted Mode: the workspace's own files are not read.
    if (vscode.workspace.isTrusted) {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        for (const uri of await yamlFiles(vscode.Uri.joinPath(folder.uri, userLoopFolder))) files.push({ uri, builtIn: false });
      }
    }
    // The loops load without waiting for the decks (the plan and every count wait for
    // them): files read at once and parsed on the worker thread while the catalog (which
    // the plan needs too) is read. Links are checked once the decks are in (checkLinks).
    const catalog = this.catalog.all();
    const read = await mapFiles(files, async ({ uri, builtIn }) => {
      const text = await readText(uri);
      if (text === undefined) {
        this.services.log.warn(`Could not read the loop ${uri.fsPath}.`);
        return undefined;
      }
      return { uri, builtIn, parsed: this.services.parser.parse({ kind: 'loop', text, file: uri.toString(), options: {} }) };
    });
    const problems = new Set((await catalog).map((problem) => problem.meta.slug));
    const loops: LoadedLoop[] = [];
    const parsedFiles: ParsedLoop[] = [];
    const ids = new Set<string>();
    for (const entry of read) {
      if (!entry) continue;
      const { uri, builtIn, parsed: parsing } = entry;
      const parsed = await parsing;
      parsedFiles.push(parsed);
      if (!parsed.loop) continue;
      if (ids.has(parsed.loop.id)) {
        // Progress is kept per loop id: two loops with one id would share their ticks.
        parsedFiles.push({ file: parsed.file, loop: undefined, diagnostics: [{ severity: 'error', code: 'duplicate-id', message: `Another loop already has the id "${parsed.loop.id}": rename this file (and its id) to load it`, range: { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 } }], links: [] });
        continue;
      }
      ids.add(parsed.loop.id);
      loops.push({ loop: parsed.loop, uri, builtIn });
    }
    this.loops = loops;
    this.problems = problems;
    this.parsedFiles = parsedFiles;
    this.loaded = true;
    this.services.log.info(`Loaded ${loops.length} interview loop${loops.length === 1 ? '' : 's'} in ${Date.now() - started} ms.`);
    this.changed.fire();
    this.linkCheck.schedule();
  }

  /**
   * Publishes the loops' problems, with a warning for each link to a deck, card or problem
   * that is not there. Decks that could not load are the Flashcards view's to report;
   * deck and card links are then not checked at all (no false alarms).
   */
  private async checkLinks(): Promise<void> {
    const parsedFiles = this.parsedFiles;
    const problems = this.problems;
    await this.decks.ready().catch(() => undefined);
    const deckList = this.decks.all();
    const targets = deckList.length === 0 ? { problems } : {
      problems,
      decks: new Set(deckList.flatMap((deck) => (deck.parsed.deck ? [deck.parsed.deck.id] : []))),
      // A card link names a note: the id written in the card's heading.
      cards: new Set(this.decks.cards().map((card) => card.card.noteId)),
    };
    await publishProblems(this.diagnostics, parsedFiles.map((parsed) => ({ file: parsed.file, diagnostics: [...parsed.diagnostics, ...unknownLinks(parsed.links, targets)] })));
  }

  dispose(): void {
    this.reloader.dispose();
    this.linkCheck.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
