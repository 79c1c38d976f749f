import path from 'node:path';
import * as vscode from 'vscode';
import { asError, describeFailures, registerFeatures, type Feature } from './core/activation';
import { registerCommands } from './features/commands/register';
import { createStudy, registerFlashcards } from './features/flashcards/register';
import { registerProblems } from './features/problems/register';
import { registerPlan } from './features/plan/register';
import { StudyPlan } from './features/plan/studyPlan';
import { LoopLibrary } from './features/rounds/loopLibrary';
import { registerRounds, selectedLoop } from './features/rounds/register';
import { LoopSelection } from './features/rounds/selection';
import { createServices, type Clock, type Services } from './features/services';
import { watchStalls, type Stalls } from './features/stalls';
import type { Study } from './features/state/study';
import { ProblemCatalog } from './features/problems/problemCatalog';
import { registerTimer } from './features/timer/lazyRegister';
import { registerWalkthrough } from './features/walkthrough/register';

/**
 * What the integration tests reach through `extension.exports` (in the Test extension mode
 * only): the study clock, the surfaces' probes, and a refresh after moving the clock.
 */
export interface TestHooks {
  readonly clock: Clock;
  /** When activate() ran (performance.now() of the extension host), its RSS then, and the event loop's stalls since (benchmarks read them). */
  readonly startup: { readonly activatedAt: number; readonly rss: number; readonly stalls: Stalls };
  probe(name: string, ...args: unknown[]): unknown;
  refresh(): void;
}

/** Builds the services once, registers each feature, and nothing else. */
export function activate(context: vscode.ExtensionContext): { testing: TestHooks } | undefined {
  try {
    const activatedAt = performance.now();
    const { services, study } = activateFeatures(context);
    if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
    // Test mode only: the host's stalls from activation on (the journal benchmark reads them).
    const stalls = watchStalls();
    context.subscriptions.push({ dispose: () => { stalls.dispose(); } });
    const startup = { activatedAt, rss: process.memoryUsage().rss, stalls };
    return { testing: { clock: services.clock, startup, probe: (name, ...args) => services.probes.get(name)?.(...args), refresh: () => { study.state.refresh(); } } };
  } catch (error) {
    // Shown, not swallowed: without the services nothing of Loop Prep can work.
    void vscode.window.showErrorMessage(`Loop Prep failed to start: ${asError(error).message}`);
    throw error;
  }
}

function activateFeatures(context: vscode.ExtensionContext): { services: Services; study: Study } {
  const services = createServices(context);
  const study = createStudy(services);
  const catalog = new ProblemCatalog(services);
  const loops = new LoopLibrary(services, study.library, catalog);
  const selection = new LoopSelection(loops, context.globalState);
  const plan = new StudyPlan(study, loops, selection, catalog);
  context.subscriptions.push(study, study.state, study.library, loops, selection, plan);
  const features: Feature[] = [
    { name: 'commands', register: () => registerCommands(services) },
    { name: 'the Today view', register: () => registerPlan(services, plan) },
    { name: 'flashcards', register: () => registerFlashcards(services, plan, context.globalState) },
    { name: 'the Rounds view', register: () => registerRounds(services, plan, loops, selection, catalog) },
    { name: 'practice problems', register: () => registerProblems(services, study, catalog, context.globalState) },
    {
      name: 'the Timer',
      register: () => registerTimer(services, study, catalog, selectedLoop(loops, selection), context.globalState, path.join(context.globalStorageUri.fsPath, 'state.json')),
    },
    { name: 'the Get Started walkthrough', register: () => registerWalkthrough(services, study, selection, context) },
  ];
  const failures = registerFeatures(features, (disposable) => context.subscriptions.push(disposable));
  for (const failure of failures) {
    services.log.error(`Could not start ${failure.feature}:`, failure.error);
  }
  if (failures.length > 0) {
    // Shown, not swallowed: a user whose view stays empty deserves to know why.
    void vscode.window.showErrorMessage(describeFailures(failures), 'Show Log').then((choice) => {
      if (choice) services.log.show();
    });
  }
  const dataDirectory = services.dataDirectory.resolve();
  if (!dataDirectory.ok) services.dataDirectory.reportUnusable(dataDirectory.error);
  const { version } = context.extension.packageJSON as { version: string };
  services.log.info(`Loop Prep ${version} activated (${vscode.env.appName} ${vscode.version}).`);
  return { services, study };
}

export function deactivate(): void {
  // Everything is in context.subscriptions; VS Code disposes it.
}
