import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { testHooks, waitFor } from './helpers';

// The journal in a real VS Code (issue 16): a journal that cannot be loaded is said so (not
// "nothing due"), a damaged line is warned about once rather than at every start, and a large
// journal is loaded from its snapshot the next time, which is thrown away when the journal
// no longer matches it. Switching `loopPrep.dataDirectory` loads the journal again, as a
// start does.

interface JournalProbe {
  readonly loaded: boolean;
  readonly attempts: number;
  /** The data directory the last finished load read. */
  readonly directory?: string;
  readonly failure?: string;
  readonly from?: 'snapshot' | 'journal';
  readonly events?: number;
  readonly settled?: string;
  readonly damagedLineWarnings: number;
}

interface FlashcardsProbe {
  readonly rows: readonly { readonly deck?: string; readonly description?: string }[];
  readonly message?: string;
}

const hooks = testHooks;

const journal = (): JournalProbe => hooks().probe('journal') as JournalProbe;
const flashcards = (): FlashcardsProbe => hooks().probe('flashcards') as FlashcardsProbe;

function review(index: number, time: number): string {
  const memory = { stage: 'review', stability: 4 + (index % 11), difficulty: 5, reps: 3, lapses: 0, step: 0, lastReview: time, due: time + 4 * 86_400_000, dueDay: Math.floor(time / 86_400_000) + 4, scheduledDays: 4 };
  return JSON.stringify({ v: 1, id: randomUUID(), type: 'flashcards.review', time, data: { cardId: `scale/card-${index % 300}`, grade: 3, previousStage: 'review', memory } });
}

describe('the journal in a real VS Code', function () {
  this.timeout(120_000);
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration();
  let root = '';

  /** Points the data directory at `folder` and waits for the journal there to load (or fail). */
  async function useDataDirectory(folder: string): Promise<JournalProbe> {
    const before = journal();
    await config().update('loopPrep.dataDirectory', folder, vscode.ConfigurationTarget.Global);
    // Another suite's switch may still be loading: wait for a load of this folder, after the switch.
    return waitFor(journal, (state) => state.attempts > before.attempts && state.directory === folder && (state.failure !== undefined || (state.loaded && state.settled !== undefined)), 60_000);
  }

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-journal-suite-'));
    await vscode.extensions.getExtension('loop-prep.loop-prep')?.activate();
    // The first load (of whatever directory the suites before left) is over before this suite switches.
    await waitFor(journal, (state) => state.attempts > 0 && (state.failure !== undefined || state.settled !== undefined), 60_000);
  });

  after(async () => {
    await config().update('loopPrep.dataDirectory', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('notifications.clearAll');
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a journal that cannot be loaded: the Flashcards view says so instead of "nothing due", and recovers', async () => {
    const file = path.join(root, 'not-a-folder');
    fs.writeFileSync(file, 'a file where the data directory should be\n');
    const failed = await useDataDirectory(file);
    assert.ok(failed.failure, `the load failed: ${JSON.stringify(failed)}`);
    const view = await waitFor(flashcards, (probe) => probe.rows.length > 0 && probe.rows.every((row) => row.description === 'journal not loaded'));
    assert.ok(view.rows.length > 0 && view.rows.every((row) => row.description === 'journal not loaded'), JSON.stringify(view.rows.slice(0, 3)));
    assert.match(view.message ?? '', /Review journal not loaded/);

    const usable = path.join(root, 'usable');
    fs.mkdirSync(usable);
    await useDataDirectory(usable);
    const recovered = await waitFor(flashcards, (probe) => probe.rows.every((row) => row.description !== 'journal not loaded'));
    assert.ok(recovered.rows.every((row) => row.description !== 'journal not loaded' && row.description !== 'loading…'));
    assert.equal(recovered.message, undefined);
  });

  it('a damaged line is warned about once, not again at the next load', async () => {
    const damaged = path.join(root, 'damaged');
    fs.mkdirSync(damaged);
    const start = Date.UTC(2026, 0, 5);
    fs.writeFileSync(path.join(damaged, 'journal.jsonl'), `${review(1, start)}\n{"v":1,"id":"torn\n${review(2, start + 1000)}\n`);
    const warningsBefore = journal().damagedLineWarnings;
    const first = await useDataDirectory(damaged);
    assert.equal(first.events, 2, 'both good events loaded');
    assert.equal(first.damagedLineWarnings, warningsBefore + 1, 'the damaged line was reported');
    await useDataDirectory(path.join(root, 'usable'));
    const again = await useDataDirectory(damaged);
    assert.equal(again.damagedLineWarnings, warningsBefore + 1, 'the same line is not reported again');

    fs.appendFileSync(path.join(damaged, 'journal.jsonl'), 'another bad line\n');
    await useDataDirectory(path.join(root, 'usable'));
    const third = await useDataDirectory(damaged);
    assert.equal(third.damagedLineWarnings, warningsBefore + 2, 'a new damaged line is reported');
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('a large journal is loaded from its snapshot the next time; a snapshot that no longer matches is thrown away', async () => {
    const large = path.join(root, 'large');
    fs.mkdirSync(large);
    const start = Date.UTC(2025, 0, 1);
    const lines = Array.from({ length: 25_000 }, (_, index) => review(index, start + index * 60_000));
    const file = path.join(large, 'journal.jsonl');
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const whole = await useDataDirectory(large);
    assert.equal(whole.from, 'journal');
    assert.equal(whole.settled, 'written', 'a snapshot was written after the first load');
    const counts = flashcards().rows.map((row) => row.description);

    await useDataDirectory(path.join(root, 'usable'));
    fs.appendFileSync(file, review(7, start + 25_000 * 60_000) + '\n');
    const warm = await useDataDirectory(large);
    assert.equal(warm.from, 'snapshot');
    assert.equal(warm.settled, 'verified');
    assert.equal(warm.events, 25_001, 'the snapshot and the line after it');
    assert.deepEqual(flashcards().rows.map((row) => row.description), counts, 'the same counts on every deck');

    // A line in the middle edited by hand: the snapshot stands for bytes that are gone.
    const text = fs.readFileSync(file, 'utf8');
    const middle = lines[12_000] as string;
    fs.writeFileSync(file, text.replace(middle, middle.replace('"grade":3', '"grade":1')));
    await useDataDirectory(path.join(root, 'usable'));
    const before = journal().attempts;
    await config().update('loopPrep.dataDirectory', large, vscode.ConfigurationTarget.Global);
    // First from the snapshot (its quick marks hold); the check in the background then finds the edit and loads again.
    const rebuilt = await waitFor(journal, (state) => state.attempts >= before + 2 && state.directory === large && state.settled !== undefined, 60_000);
    assert.equal(rebuilt.from, 'journal', 'read whole again after the background check');
    assert.equal(rebuilt.events, 25_001);
  });
});
