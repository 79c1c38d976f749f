import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { TestHooks } from '../../src/extension';
import { watchStalls } from '../../src/features/stalls';
import { adversarialCases } from './adversarialFiles';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testsStartMarker } = require('../host/marker.cjs') as { testsStartMarker: string };

/** Printed before the JSON result so the harness can find it in the workbench log. */
const resultPrefix = 'LOOP_PREP_BENCH_PARSERS_HOST ';
/** Each file is reloaded this many times, alternating with its twin (so each reload parses it again). */
const repeats = 3;
/** How long the stall sampler keeps running after a reload: what the reload set off (views, the loops after the decks). */
const settleMs = 1500;

/** One reload of one file, and the host's stalls while it ran. */
export interface ReloadFigures {
  /** The reload command's time. */
  readonly reloadMs: number;
  /** The longest event-loop stall while the reload ran, less the time the thread waited for a CPU in it. */
  readonly stallMs: number;
  /** The longest stall while the reload ran, whole, and how long the thread waited for a CPU in it. */
  readonly wholeMs: number;
  readonly waitMs: number;
  /** The longest stall from the reload's start to `settleMs` after it ended. */
  readonly stallAfterMs: number;
  /** The Problems panel's entries for the file afterwards. */
  readonly diagnostics: number;
}

export interface FileFigures {
  readonly name: string;
  readonly kind: 'deck' | 'loop';
  readonly bytes: number;
  readonly adversarial: ReloadFigures[];
  readonly valid: ReloadFigures[];
}

/**
 * The host's longest stall while `work` runs and `settleMs` after, less the time its thread
 * waited for a CPU (see watchStalls; the browser and the server share these two cores), and
 * the whole longest stall with its wait.
 */
async function sampled(work: () => Promise<unknown>): Promise<{ ms: number; stallMs: number; stallAfterMs: number; wholeMs: number; waitMs: number }> {
  const stalls = watchStalls(5);
  try {
    const started = performance.now();
    await work();
    const ms = performance.now() - started;
    // A stall is seen by the first timer after it: let them run before reading.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const stallMs = stalls.longestWorkingMs;
    const wholeMs = stalls.longestMs;
    const waitMs = stalls.longestWaitMs;
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return { ms, stallMs, stallAfterMs: stalls.longestWorkingMs, wholeMs, waitMs };
  } finally {
    stalls.dispose();
  }
}

/**
 * Loaded as `extensionTestsPath` in a host whose (trusted) workspace the harness made:
 * writes each of issue 16's adversarial files, and its same-size valid twin, into
 * `.loopprep/flashcards` or `.loopprep/rounds` and times Loop Prep's reload of it (Reload
 * Decks, or the loops' reload), sampling the host's event loop meanwhile. Prints JSON.
 */
export async function run(): Promise<void> {
  console.log(testsStartMarker);
  const extension = vscode.extensions.getExtension<{ testing: TestHooks } | undefined>('loop-prep.loop-prep');
  if (!extension) throw new Error('Loop Prep is not loaded');
  const hooks = (await extension.activate())?.testing;
  if (!hooks) throw new Error('Loop Prep gave no test hooks (not in the Test extension mode?)');
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!workspace) throw new Error('no workspace folder');
  const reloadDecks = (): Thenable<unknown> => vscode.commands.executeCommand('loopPrep.reloadDecks');
  const reloadLoops = (): Promise<unknown> => Promise.resolve(hooks.probe('reloadLoops'));
  // The first load of everything (built-in decks and loops), and the host settled.
  await reloadDecks();
  await reloadLoops();
  await new Promise((resolve) => setTimeout(resolve, 2000));

  const files: FileFigures[] = [];
  for (const adversarial of adversarialCases(extension.extensionPath)) {
    const file = adversarial.kind === 'deck'
      ? path.join(workspace, '.loopprep', 'flashcards', 'adversarial.md')
      // A loop's file is named after its id.
      : path.join(workspace, '.loopprep', 'rounds', `${/^id: (.+)$/m.exec(adversarial.text)?.[1] ?? 'adversarial'}.yaml`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const reload = adversarial.kind === 'deck' ? reloadDecks : reloadLoops;
    const figures: FileFigures = { name: adversarial.name, kind: adversarial.kind, bytes: adversarial.text.length, adversarial: [], valid: [] };
    for (let index = 0; index < repeats; index++) {
      for (const which of ['valid', 'adversarial'] as const) {
        const measured = await sampled(async () => {
          // Written inside the sampled span: the file watcher's own reload comes 150 ms later
          // and finds the file parsed (decks) or parses it again (loops), as for a user's save.
          fs.writeFileSync(file, which === 'valid' ? adversarial.valid : adversarial.text);
          await reload();
        });
        const diagnostics = vscode.languages.getDiagnostics(vscode.Uri.file(file)).length;
        figures[which].push({ reloadMs: measured.ms, stallMs: measured.stallMs, stallAfterMs: measured.stallAfterMs, wholeMs: measured.wholeMs, waitMs: measured.waitMs, diagnostics });
      }
    }
    fs.rmSync(file);
    await reload();
    if (adversarial.kind === 'deck') await reloadLoops();
    files.push(figures);
  }
  console.log(resultPrefix + JSON.stringify({ files }));
}
