import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { asError } from '../../src/core/activation';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testsStartMarker } = require('../host/marker.cjs') as { testsStartMarker: string };

/** Printed before the JSON result so the harness can find it in the workbench log. */
const resultPrefix = 'LOOP_PREP_BENCH_ACTIVATION ';

/** One extension's activation, as VS Code itself accounts for it and as a caller waits for it. */
interface ActivationTiming {
  /** VS Code's "Load Code" + "Call Activate": what "Show Running Extensions" reports. */
  activateMs: number;
  loadCodeMs: number;
  callActivateMs: number;
  /** `await extension.activate()` seen from another extension, including the host's messaging. */
  wallMs: number;
}

/** The time `await extension.activate()` took, or NaN when VS Code had already activated it. */
async function activate(id: string): Promise<number> {
  const extension = vscode.extensions.getExtension(id);
  if (!extension) throw new Error(`${id} is not installed`);
  // Loop Prep activates on onStartupFinished, which may come before this probe runs:
  // VS Code's own figures (below) are taken whoever triggered the activation.
  if (extension.isActive) return Number.NaN;
  const started = performance.now();
  await extension.activate();
  return performance.now() - started;
}

/**
 * VS Code's own activation figures, from the "Startup Performance" document
 * (Developer: Startup Performance), whose table has the columns
 * Extension | Eager | Load Code | Call Activate | Finish Activate | Event | By.
 */
async function vscodeActivationTimes(): Promise<Map<string, { loadCode: number; callActivate: number }>> {
  // Opening the editor makes sure the workbench's `perf:` document provider exists.
  await vscode.commands.executeCommand('perfview.show');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'perf', path: 'Startup Performance' }));
  const times = new Map<string, { loadCode: number; callActivate: number }>();
  for (const line of document.getText().split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const [, id, , loadCode, callActivate] = cells;
    if (id && loadCode && callActivate && /^\d+$/.test(loadCode) && /^\d+$/.test(callActivate)) {
      times.set(id.toLowerCase(), { loadCode: Number(loadCode), callActivate: Number(callActivate) });
    }
  }
  return times;
}

/**
 * Loaded as `extensionTestsPath` in a fresh extension host: activates the empty reference
 * extension and Loop Prep, in the order `LOOP_PREP_BENCH_ORDER` gives, and prints both
 * timings as JSON.
 */
export async function run(): Promise<void> {
  console.log(testsStartMarker);
  // Warm-up: the host's first activation pays one-off costs that belong to neither.
  await activate('loop-prep-bench.activation-probe');
  const ids = ['loop-prep-bench.reference-empty', 'loop-prep.loop-prep'];
  if (process.env['LOOP_PREP_BENCH_ORDER'] === 'loop-prep-first') ids.reverse();
  const wall = new Map<string, number>();
  for (const id of ids) wall.set(id, await activate(id));

  // The host reports activation times to the workbench asynchronously; wait for both rows.
  const deadline = Date.now() + 10_000;
  let reported = new Map<string, { loadCode: number; callActivate: number }>();
  let lastError: unknown;
  while (!ids.every((id) => reported.has(id)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    reported = await vscodeActivationTimes().catch((error: unknown) => {
      lastError = error;
      return reported;
    });
  }
  if (lastError !== undefined && reported.size === 0) throw asError(lastError);
  const result: Record<string, ActivationTiming> = {};
  for (const id of ids) {
    const times = reported.get(id);
    if (!times) throw new Error(`VS Code reported no activation time for ${id}`);
    result[id] = {
      activateMs: times.loadCode + times.callActivate,
      loadCodeMs: times.loadCode,
      callActivateMs: times.callActivate,
      wallMs: wall.get(id) ?? Number.NaN,
    };
  }
  console.log(resultPrefix + JSON.stringify(result));
}
