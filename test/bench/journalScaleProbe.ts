import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { TestHooks } from '../../src/extension';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testsStartMarker } = require('../host/marker.cjs') as { testsStartMarker: string };

/** Printed before the JSON result so the harness can find it in the workbench log. */
const resultPrefix = 'LOOP_PREP_BENCH_JOURNAL ';

interface FlashcardsProbe {
  readonly rows: readonly { readonly description?: unknown }[];
}

interface JournalProbe {
  readonly loaded: boolean;
  readonly failure?: string;
  readonly from?: string;
  readonly events?: number;
  readonly ms?: number;
  readonly settled?: string;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loaded as `extensionTestsPath` in a host whose data directory holds a large journal:
 * waits until the decks and their counts show (the Flashcards view's rows, counted from
 * Loop Prep's activate()), then until the snapshot work after the load is done, and prints
 * the longest event-loop stall (whole, and less the time the host's thread waited for a CPU)
 * and the RSS growth since activation.
 */
export async function run(): Promise<void> {
  console.log(testsStartMarker);
  const extension = vscode.extensions.getExtension<{ testing: TestHooks }>('loop-prep.loop-prep');
  if (!extension) throw new Error('Loop Prep is not loaded');
  const { testing } = await extension.activate();
  const { startup } = testing;
  const deadline = performance.now() + 600_000;
  let readyMs: number | undefined;
  let journal: JournalProbe;
  for (;;) {
    journal = testing.probe('journal') as JournalProbe;
    if (journal.failure) throw new Error(`the journal did not load: ${journal.failure}`);
    const rows = (testing.probe('flashcards') as FlashcardsProbe).rows;
    if (readyMs === undefined && journal.loaded && rows.length > 0 && rows.every((row) => typeof row.description === 'string' && row.description !== 'loading…')) readyMs = performance.now() - startup.activatedAt;
    if (readyMs !== undefined && journal.settled !== undefined) break;
    if (performance.now() > deadline) throw new Error('the journal did not load within 10 minutes');
    await pause(10);
  }
  const rssGrowth = process.memoryUsage().rss - startup.rss;
  console.log(resultPrefix + JSON.stringify({ readyMs, settledMs: performance.now() - startup.activatedAt, maxStallMs: startup.stalls.longestMs, stallWaitMs: startup.stalls.longestWaitMs, workingStallMs: startup.stalls.longestWorkingMs, waitsKnown: startup.stalls.waitsKnown, rssGrowthMiB: rssGrowth / 2 ** 20, from: journal.from, events: journal.events, loadMs: journal.ms, settled: journal.settled }));
}
