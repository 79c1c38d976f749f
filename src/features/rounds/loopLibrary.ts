import * as vscode from 'vscode';
import type { ParsedLoop, Loop } from '../../core/rounds/loopFormat';
import { readText, yamlFiles } from '../files';
import type { DeckLibrary, LoadedDeck } from '../flashcards/deckLibrary';
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
  /** The decks the last load checked links against, and whether a load under way has yet to read them. */
  private checkedAgainst: readonly LoadedDeck[] | undefined;
  private beforeDecks = false;
  private readonly reloader = new Reloader(() => this.load(), (error: unknown) => { this.services.log.error('Could not reload the interview loops:', error); });

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
      // A load that has not yet read the decks checks its links against these: no second load.
      decks.onDidChange(() => { if (!this.beforeDecks && decks.all() !== this.checkedAgainst) later(); }),
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
    // Until this load reads the decks, their changes are in what it reads (see the constructor).
    this.beforeDecks = true;
    try {
      await this.loadFiles();
    } finally {
      this.beforeDecks = false;
    }
  }

  private async loadFiles(): Promise<void> {
    const files: { uri: vscode.Uri; builtIn: boolean }[] = [];
    for (const uri of await yamlFiles(vscode.Uri.joinPath(this.services.extensionUri, 'rounds'))) files.push({ uri, builtIn: true });
    // Restricted Mode: the workspace's own files are not read.
    if (vscode.workspace.isTrusted) {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        for (const uri of await yamlFiles(vscode.Uri.joinPath(folder.uri, userLoopFolder))) files.push({ uri, builtIn: false });
      }
    }
    // The catalog reads its folder once; loops reload on every save of a loop file.
    const problems = new Set((await this.catalog.all()).map((problem) => problem.meta.slug));
    const texts: { uri: vscode.Uri; builtIn: boolean; text: string }[] = [];
    for (const { uri, builtIn } of files) {
      const text = await readText(uri);
      if (text === undefined) this.services.log.warn(`Could not read the loop ${uri.fsPath}.`);
      else texts.push({ uri, builtIn, text });
    }
    // Deck and card links are checked against the decks' first load, waited for here: the
    // parser's worker parses the decks first anyway, and the loops then load once, not once
    // without the decks and again (and the plan made again) when they come. Decks that
    // could not load are the Flashcards view's to report; links are then not checked at all
    // (no false alarms).
    await this.decks.ready().catch(() => undefined);
    const deckList = this.decks.all();
    this.beforeDecks = false;
    this.checkedAgainst = deckList;
    const targets = deckList.length === 0 ? { problems } : {
      problems,
      decks: new Set(deckList.flatMap((deck) => (deck.parsed.deck ? [deck.parsed.deck.id] : []))),
      // A card link names a note: the id written in the card's heading.
      cards: new Set(this.decks.cards().map((card) => card.card.noteId)),
    };
    // On the parser's worker thread, every file at once.
    const read = texts.map(({ uri, builtIn, text }) => ({ uri, builtIn, parsed: this.services.parser.parse({ kind: 'loop', text, file: uri.toString(), options: { targets } }) }));
    const loops: LoadedLoop[] = [];
    const parsedFiles: ParsedLoop[] = [];
    const ids = new Set<string>();
    for (const { uri, builtIn, parsed: parsing } of read) {
      const parsed = await parsing;
      parsedFiles.push(parsed);
      if (!parsed.loop) continue;
      if (ids.has(parsed.loop.id)) {
        // Progress is kept per loop id: two loops with one id would share their ticks.
        parsedFiles.push({ file: parsed.file, loop: undefined, diagnostics: [{ severity: 'error', code: 'duplicate-id', message: `Another loop already has the id "${parsed.loop.id}": rename this file (and its id) to load it`, range: { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 } }] });
        continue;
      }
      ids.add(parsed.loop.id);
      loops.push({ loop: parsed.loop, uri, builtIn });
    }
    await publishProblems(this.diagnostics, parsedFiles);
    this.loops = loops;
    this.problems = problems;
    this.loaded = true;
    this.changed.fire();
  }

  dispose(): void {
    this.reloader.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
