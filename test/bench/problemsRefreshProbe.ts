import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testsStartMarker } = require('../host/marker.cjs') as { testsStartMarker: string };

/** Printed before the JSON result so the harness can find it in the workbench log. */
const resultPrefix = 'LOOP_PREP_BENCH_PROBLEMS_REFRESH ';

async function timed<T>(work: () => Thenable<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/**
 * Loaded as `extensionTestsPath` in a host whose workspace holds the scaffolded problems
 * the harness wrote: times Loop Prep's Refresh Practice Problems (Testing view discovery
 * of every folder and its cases, then the Problems view) against VS Code's own search for
 * the marker files alone, alternating the two, and prints the figures as JSON.
 */
export async function run(): Promise<void> {
  console.log(testsStartMarker);
  const extension = vscode.extensions.getExtension('loop-prep.loop-prep');
  if (!extension) throw new Error('Loop Prep is not loaded');
  await extension.activate();
  const refresh = (): Thenable<number> => vscode.commands.executeCommand<number>('loopPrep.refreshProblems');
  const search = (): Thenable<vscode.Uri[]> => vscode.workspace.findFiles('**/.loopprep-problem.json', '**/node_modules/**', 2000);
  const first = await timed(refresh);
  const refreshes: number[] = [];
  const searches: number[] = [];
  let found = first.value;
  let markers = 0;
  for (let index = 0; index < 11; index++) {
    const ours = await timed(refresh);
    const theirs = await timed(search);
    found = ours.value;
    markers = theirs.value.length;
    refreshes.push(ours.ms);
    searches.push(theirs.ms);
  }
  console.log(resultPrefix + JSON.stringify({ firstMs: first.ms, firstFound: first.value, refreshes, searches, found, markers }));
}
