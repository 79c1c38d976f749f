import * as vscode from 'vscode';
import { languageFiles, problemLanguages, type ProblemLanguage } from '../../core/problems/problemFiles';
import { problemScaffoldEventType, type ProblemRecord } from '../../core/problems/attempts';
import { describeRecord } from '../../core/problems/describeRecord';
import { folderNames, languageLabels, markerFile, parseMarker, practiceRootSegments, scaffoldFiles } from '../../core/problems/scaffold';
import { staysInsideFolder, uriExists } from '../files';
import { showNotice } from '../notices';
import type { Study } from '../state/study';
import type { Services } from '../services';
import type { CatalogProblem, ProblemCatalog } from './problemCatalog';
import { openProblemLayout } from './problemLayout';

const lastLanguageKey = 'loopPrep.problems.lastLanguage';

export interface ScaffoldRequest {
  readonly slug?: string;
  readonly language?: ProblemLanguage;
  /** When the folder is taken: open it, or make `<slug>-2` (tests answer for the user). */
  readonly whenTaken?: 'open' | 'new';
}

function isLanguage(value: unknown): value is ProblemLanguage {
  return value === 'python' || value === 'typescript';
}

export function isScaffoldRequest(value: unknown): value is ScaffoldRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { slug, language, whenTaken } = value as Record<string, unknown>;
  return (slug === undefined || typeof slug === 'string') && (language === undefined || isLanguage(language)) && (whenTaken === undefined || whenTaken === 'open' || whenTaken === 'new');
}

/**
 * "Scaffold Practice Problem…": pick a problem (filter by typing a topic, a difficulty or a
 * round) and a language; writes `<practice folder>/<slug>/` with statement, stub and
 * tests, opens the stub and the statement's preview, and records the scaffold (the solve
 * clock starts). Never overwrites: a taken folder is opened or a `-2` made, as the user
 * chooses. Returns the new (or opened) folder.
 */
export async function scaffoldProblem(services: Services, catalog: ProblemCatalog, study: Study, memento: vscode.Memento, records: () => ReadonlyMap<string, ProblemRecord>, request: ScaffoldRequest = {}): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('Open a folder first: practice problems are written into it, with their tests.', 'Open Folder…').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.files.openFolder');
    });
    return undefined;
  }
  const problems = await catalog.all();
  let problem: CatalogProblem | undefined;
  if (request.slug !== undefined) {
    problem = problems.find((candidate) => candidate.meta.slug === request.slug);
    if (!problem) throw new Error(`No practice problem is called "${request.slug}".`);
  } else {
    const done = records();
    const pick = await vscode.window.showQuickPick(
      problems.map((candidate) => {
        const { meta } = candidate;
        return {
          label: meta.title,
          description: `${meta.difficulty} · ${meta.targetMinutes} min · ${describeRecord(done.get(meta.slug))}`,
          detail: `${meta.topics.join(', ')} — ${meta.rounds.join(', ')}`,
          problem: candidate,
        };
      }),
      { title: 'Scaffold Practice Problem (1/2)', placeHolder: 'Type to filter by name, topic, difficulty or round', matchOnDescription: true, matchOnDetail: true },
    );
    if (!pick) return undefined;
    problem = pick.problem;
  }
  let language = request.language;
  if (!language) {
    const last = memento.get<ProblemLanguage>(lastLanguageKey) ?? 'python';
    const order = [last, ...problemLanguages.filter((candidate) => candidate !== last)];
    const pick = await vscode.window.showQuickPick(order.map((candidate) => ({ label: languageLabels[candidate], description: candidate === 'python' ? 'unittest' : "Node's test runner", language: candidate })), { title: `Scaffold ${problem.meta.title} (2/2)`, placeHolder: 'Which language?' });
    if (!pick) return undefined;
    language = pick.language;
  }
  await memento.update(lastLanguageKey, language);
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder should the problem go into?' });
  if (!folder) return undefined;

  const configured = vscode.workspace.getConfiguration('loopPrep.problems', folder).get<string>('practiceFolder', 'practice');
  const root = practiceRootSegments(configured);
  if (!root.ok) {
    void vscode.window.showErrorMessage(root.error, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'loopPrep.problems.practiceFolder');
    });
    return undefined;
  }
  const base = vscode.Uri.joinPath(folder.uri, ...root.segments);
  // The setting's name stays inside, but any folder on the way may be a link out of it.
  if (!(await refuseEscape(services, folder.uri, base, configured))) return undefined;
  const names = folderNames(problem.meta.slug);
  const first = names.next().value ?? problem.meta.slug;
  let target = vscode.Uri.joinPath(base, first);
  if (await uriExists(target)) {
    let free: vscode.Uri | undefined;
    for (const name of names) {
      const candidate = vscode.Uri.joinPath(base, name);
      if (!(await uriExists(candidate))) {
        free = candidate;
        break;
      }
    }
    const freeName = free?.path.split('/').pop() ?? '';
    const choice = request.whenTaken ?? (await vscode.window.showWarningMessage(
      `${vscode.workspace.asRelativePath(target)} already exists. Loop Prep never overwrites your work.`,
      { modal: true },
      { title: 'Open It', action: 'open' as const },
      ...(free ? [{ title: `Create ${freeName}`, action: 'new' as const }] : []),
    ))?.action;
    if (choice === undefined) return undefined;
    if (choice === 'open' || !free) {
      await openProblemFolder(target, language);
      return target;
    }
    target = free;
  }

  const files = languageFiles[language];
  const sources = { readme: await catalog.read(problem, 'README.md'), stub: await catalog.read(problem, files.stub), tests: await catalog.read(problem, files.tests) };
  const now = services.clock.now();
  await vscode.workspace.fs.createDirectory(target);
  // Checked again where the files go: a link could have appeared since.
  if (!(await refuseEscape(services, folder.uri, target, configured))) return undefined;
  for (const file of scaffoldFiles(problem.meta, language, sources, now)) {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, file.path), new TextEncoder().encode(file.content));
  }
  await study.state.recordEvent(problemScaffoldEventType, { problem: problem.meta.slug, language, folder: vscode.workspace.asRelativePath(target, false) });
  services.log.info(`Scaffolded ${problem.meta.slug} (${language}) into ${target.toString()}.`);
  await openProblemFolder(target, language);
  return target;
}

/**
 * Whether `target` stays inside the workspace folder once links are followed; when it does
 * not, says so (naming where it leads) and returns false.
 */
async function refuseEscape(services: Services, workspace: vscode.Uri, target: vscode.Uri, configured: string): Promise<boolean> {
  const check = await staysInsideFolder(workspace, target);
  if (check.inside) return true;
  const where = check.leadsTo === undefined ? 'through a link to a folder that does not exist' : `to ${check.leadsTo}`;
  void showNotice(services, 'error', `The practice folder "${configured}" leads outside the workspace folder (${where}): Loop Prep writes practice problems only inside the workspace. Nothing was written.`, 'Open Settings').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'loopPrep.problems.practiceFolder');
  });
  return false;
}

/**
 * Opens the stub in the first column and the statement's preview in the statements'
 * locked group beside it (the language the folder was made in).
 */
async function openProblemFolder(folder: vscode.Uri, language: ProblemLanguage): Promise<void> {
  const marker = parseMarker(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, markerFile)).then((bytes) => new TextDecoder().decode(bytes), () => ''));
  const stub = vscode.Uri.joinPath(folder, languageFiles[marker?.language ?? language].stub.split('/').pop() ?? '');
  await openProblemLayout(folder, (await uriExists(stub)) ? stub : undefined);
}
