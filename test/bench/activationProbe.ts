import * as vscode from 'vscode';
import { asError } from '../../src/core/activation';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testsStartMarker } = require('../host/marker.cjs') as { testsStartMarker: string };

/** Printed before the JSON result so the harness can find it in the workbench log. */
const resultPrefix = 'LOOP_PREP_BENCH_ACTIVATION ';

/** One extension's activation, as VS Code itself accounts for it. */
interface ActivationTiming {
  /** VS Code's "Load Code" + "Call Activate": what "Show Running Extensions" reports. */
  activateMs: number;
  loadCodeMs: number;
  callActivateMs: number;
}

/**
 * Both extensions activate on onStartupFinished, which may come before or after this
 * probe runs: waits until each is active (activating it if VS Code has not yet).
 */
async function activated(id: string): Promise<void> {
  const extension = vscode.extensions.getExtension(id);
  if (!extension) throw new Error(`${id} is not installed`);
  if (!extension.isActive) await extension.activate();
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
 * Loaded as `extensionTestsPath` in a fresh extension host: waits for the empty
 * reference extension and Loop Prep to be active and prints VS Code's figures for both
 * as JSON.
 */
export async function run(): Promise<void> {
  console.log(testsStartMarker);
  const ids = ['loop-prep-bench.reference-empty', 'loop-prep.loop-prep'];
  for (const id of ids) await activated(id);

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
    };
  }
  console.log(resultPrefix + JSON.stringify(result));
}
