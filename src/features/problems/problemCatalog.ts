import * as vscode from 'vscode';
import type { ProblemMeta } from '../../core/problems/problemFiles';
import { mapFiles, readDirectory, readText } from '../files';
import type { Services } from '../services';

export interface CatalogProblem {
  readonly meta: ProblemMeta;
  /** problems/<slug>/ in the extension. */
  readonly folder: vscode.Uri;
}

/**
 * The built-in practice problems (problems/<slug>/problem.yaml), read once. A problem
 * whose metadata is wrong is left out and logged: the catalog ships with the extension,
 * and its content test keeps it clean.
 */
export class ProblemCatalog {
  private loaded: Promise<readonly CatalogProblem[]> | undefined;
  private list: readonly CatalogProblem[] = [];

  constructor(private readonly services: Services) {}

  all(): Promise<readonly CatalogProblem[]> {
    this.loaded ??= this.load().then((problems) => (this.list = problems));
    return this.loaded;
  }

  /** The problems read so far: none until `all()` has read the catalog once. */
  loadedProblems(): readonly CatalogProblem[] {
    return this.list;
  }

  async find(slug: string): Promise<CatalogProblem | undefined> {
    return (await this.all()).find((problem) => problem.meta.slug === slug);
  }

  /** A file of a problem, as text. */
  async read(problem: CatalogProblem, file: string): Promise<string> {
    const uri = vscode.Uri.joinPath(problem.folder, ...file.split('/'));
    const text = await readText(uri);
    if (text === undefined) throw new Error(`Could not read ${uri.fsPath}.`);
    return text;
  }

  private async load(): Promise<readonly CatalogProblem[]> {
    const started = Date.now();
    const root = vscode.Uri.joinPath(this.services.extensionUri, 'problems');
    let entries: [string, vscode.FileType][];
    try {
      entries = await readDirectory(root);
    } catch {
      return [];
    }
    // Every file read at once, each parsed on the parser's worker thread as it arrives: read
    // one after another, the catalog took a turn of the busy host per file at startup, and
    // the loops (and so the plan and every count) wait for it.
    const read = await mapFiles(entries.sort(([a], [b]) => a.localeCompare(b)).filter(([, type]) => type === vscode.FileType.Directory), async ([name]) => {
      const folder = vscode.Uri.joinPath(root, name);
      // Node for local files (readText): VS Code's file API costs tens of ms a file in code-server.
      const uri = vscode.Uri.joinPath(folder, 'problem.yaml');
      const text = await readText(uri);
      return text === undefined ? undefined : { name, folder, parsed: this.services.parser.parse({ kind: 'problemMeta', text, file: uri.toString(), options: { slug: name } }) };
    });
    const problems: CatalogProblem[] = [];
    for (const { name, folder, parsed: parsing } of read.filter((entry) => entry !== undefined)) {
      const parsed = await parsing;
      if (parsed.ok) problems.push({ meta: parsed.meta, folder });
      else this.services.log.warn(`Problem ${name} left out: ${parsed.errors.join('; ')}`);
    }
    this.services.log.info(`Read ${problems.length} practice problems in ${Date.now() - started} ms.`);
    return problems;
  }
}
