import assert from 'node:assert/strict';
import * as vscode from 'vscode';

// What several integration suites need: waiting for the extension to catch up, the test
// workspace's folder, the journal as written on disk, and Loop Prep's test hooks.

/** What every suite asks of Loop Prep's test hooks; a suite that needs more names its own shape. */
export interface ProbeHooks {
  probe(name: string, ...args: unknown[]): unknown;
}

/** Loop Prep's test hooks (exported in the Test extension mode); a suite that needs more asserts its own shape of them. */
export function testHooks(): ProbeHooks {
  const testing = vscode.extensions.getExtension<{ testing?: ProbeHooks } | undefined>('loop-prep.loop-prep')?.exports?.testing;
  assert.ok(testing, 'Loop Prep exports its test hooks in the Test extension mode');
  return testing;
}

/** Reads until `accept` holds or the time is up; returns the last value read (the test asserts on it). */
export async function waitFor<T>(read: () => T | PromiseLike<T>, accept: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** The test workspace's first folder. */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(folder, 'the integration tests need a workspace folder');
  return folder;
}

export interface JournalLine {
  readonly id: string;
  readonly type: string;
  readonly time: number;
  readonly data: Record<string, unknown>;
}

/** Every event in the journal file, in file order. */
export async function journalEvents(): Promise<JournalLine[]> {
  const directory = await vscode.commands.executeCommand<vscode.Uri>('loopPrep.openDataDirectory');
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(directory, 'journal.jsonl')).then(undefined, () => new Uint8Array());
  return new TextDecoder().decode(bytes).split('\n').filter(Boolean).map((line) => JSON.parse(line) as JournalLine);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface Notice {
  /** Its place among every notification shown since activation (the probe keeps the last 20). */
  readonly seq: number;
  readonly level: 'error' | 'warning' | 'information';
  readonly message: string;
}

/**
 * The notifications Loop Prep showed (the last 20, newest last), as its `notices` test
 * probe keeps them: VS Code's notifications cannot be read through the API.
 */
export async function notices(): Promise<Notice[]> {
  const extension = vscode.extensions.getExtension<{ testing?: { probe(name: string): unknown } } | undefined>('loop-prep.loop-prep');
  if (!extension?.isActive) await extension?.activate();
  const testing = extension?.exports?.testing;
  assert.ok(testing, 'Loop Prep exports its test hooks in the Test extension mode');
  return (testing.probe('notices') as Notice[] | undefined) ?? [];
}

/** How many notifications Loop Prep has shown so far: pass it to `noticesSince` after an action. */
export async function noticeCount(): Promise<number> {
  return ((await notices()).at(-1)?.seq ?? -1) + 1;
}

/** The notifications shown since `noticeCount()` returned `count`, oldest first. */
export async function noticesSince(count: number): Promise<Notice[]> {
  return (await notices()).filter((notice) => notice.seq >= count);
}
