import * as vscode from 'vscode';
import type { DesignCase, ParsedCase } from '../../core/cases/caseFormat';
import type { BankQuestion, ParsedQuestions } from '../../core/cases/questionFormat';
import type { LinkTargets } from '../../core/rounds/links';
import { readText, yamlFiles } from '../files';
import type { ProblemCatalog } from '../problems/problemCatalog';
import { publishProblems, Reloader } from '../reloader';
import type { Services } from '../services';
import type { Study } from '../state/study';

/** Where users keep their own design cases and questions in a workspace folder. */
export const userCaseFolder = '.loopprep/cases';
export const userQuestionFolder = '.loopprep/questions';

/** Whether a file is one of the user's cases or question files (a save reloads them). */
export function isMockContentFile(uri: vscode.Uri): boolean {
  return /\/\.loopprep\/(cases|questions)\/[^/]+\.ya?ml$/i.test(uri.path);
}

/**
 * The mock interviewer's content: the design cases (`rounds/cases/`) and the question bank
 * (`rounds/questions/`), with the workspace's own (`.loopprep/cases/`, `.loopprep/questions/`)
 * in a trusted workspace. Loaded on first use; a bad file is a diagnostic at its line while
 * every other case and question loads.
 */
export class MockContent implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('loop-prep-cases');
  private cases: DesignCase[] = [];
  private questions: BankQuestion[] = [];
  private loaded: Promise<void> | undefined;
  private readonly reloader = new Reloader(() => this.load(), (error: unknown) => { this.services.log.error('Could not load the design cases and questions:', error); });

  constructor(
    private readonly services: Services,
    private readonly study: Study,
    private readonly catalog: ProblemCatalog,
  ) {}

  /** Every case, built-in first, each group in file-name order. */
  async allCases(): Promise<readonly DesignCase[]> {
    await this.ready();
    return this.cases;
  }

  async questionBank(): Promise<readonly BankQuestion[]> {
    await this.ready();
    return this.questions;
  }

  /** A case by id, once loaded (undefined before, or when it is gone). */
  caseById(id: string | undefined): DesignCase | undefined {
    return id === undefined ? undefined : this.cases.find((candidate) => candidate.id === id);
  }

  questionById(id: string): BankQuestion | undefined {
    return this.questions.find((candidate) => candidate.id === id);
  }

  ready(): Promise<void> {
    this.loaded ??= this.reloader.reload();
    return this.loaded;
  }

  /** Loads again (a user's file changed). */
  reload(): Promise<void> {
    this.loaded = this.reloader.reload();
    return this.loaded;
  }

  private async load(): Promise<void> {
    const folders = vscode.workspace.isTrusted ? (vscode.workspace.workspaceFolders ?? []) : [];
    const caseFiles = [
      ...(await yamlFiles(vscode.Uri.joinPath(this.services.extensionUri, 'rounds', 'cases'))),
      ...(await Promise.all(folders.map((folder) => yamlFiles(vscode.Uri.joinPath(folder.uri, userCaseFolder))))).flat(),
    ];
    const questionFiles = [
      ...(await yamlFiles(vscode.Uri.joinPath(this.services.extensionUri, 'rounds', 'questions'))),
      ...(await Promise.all(folders.map((folder) => yamlFiles(vscode.Uri.joinPath(folder.uri, userQuestionFolder))))).flat(),
    ];
    await this.study.library.ready();
    const targets: LinkTargets = {
      problems: new Set((await this.catalog.all()).map((problem) => problem.meta.slug)),
      decks: new Set(this.study.library.all().flatMap((deck) => (deck.parsed.deck ? [deck.parsed.deck.id] : []))),
      cards: new Set(this.study.library.cards().map((card) => card.card.noteId)),
    };
    const parsedCases: ParsedCase[] = [];
    const cases: DesignCase[] = [];
    const reading: Promise<ParsedCase>[] = [];
    for (const uri of caseFiles) {
      const text = await readText(uri);
      // On the parser's worker thread, while the next files are read.
      if (text !== undefined) reading.push(this.services.parser.parse({ kind: 'case', text, file: uri.toString(), options: { targets } }));
    }
    for (const parsing of reading) {
      const parsed = await parsing;
      parsedCases.push(parsed);
      if (!parsed.designCase) continue;
      // A user's case with a built-in id would be ambiguous in the journal: the first one wins.
      if (cases.some((known) => known.id === parsed.designCase?.id)) {
        parsedCases.push({ file: parsed.file, designCase: undefined, diagnostics: [{ severity: 'error', code: 'duplicate-id', message: `Another case already has the id "${parsed.designCase.id}": rename this file (and its id) to load it`, range: { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 } }] });
        continue;
      }
      cases.push(parsed.designCase);
    }
    const parsedQuestions: ParsedQuestions[] = [];
    const seen = new Set<string>();
    for (const uri of questionFiles) {
      const text = await readText(uri);
      if (text === undefined) continue;
      // One file after another: each is checked against the question ids of those before it.
      const parsed = await this.services.parser.parse({ kind: 'questions', text, file: uri.toString(), options: { targets, seen } });
      for (const question of parsed.questions) seen.add(question.id);
      parsedQuestions.push(parsed);
    }
    await publishProblems(this.diagnostics, [...parsedCases, ...parsedQuestions]);
    this.cases = cases;
    this.questions = parsedQuestions.flatMap((parsed) => parsed.questions);
    this.services.log.info(`Mock interviewer: ${cases.length} design cases, ${this.questions.length} questions.`);
  }

  dispose(): void {
    this.reloader.dispose();
    this.diagnostics.dispose();
  }
}
