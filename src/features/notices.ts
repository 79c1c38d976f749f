import * as vscode from 'vscode';
import type { Services } from './services';

/** The last messages shown through showNotice, newest last (the integration tests read them). */
const shown: { readonly seq: number; readonly level: NoticeLevel; readonly message: string }[] = [];
const kept = 20;
/** How many were shown in all: each notice's `seq` is its place in that count. */
let count = 0;

export type NoticeLevel = 'error' | 'warning' | 'information';

/**
 * Shows a notification with its buttons and resolves to the one chosen. The text is kept
 * too: the tests cannot read VS Code's notifications, so they read the `notices` probe.
 */
export function showNotice(services: Services, level: NoticeLevel, message: string, ...actions: string[]): Thenable<string | undefined> {
  shown.push({ seq: count, level, message });
  count += 1;
  if (shown.length > kept) shown.splice(0, shown.length - kept);
  if (!services.probes.has('notices')) services.probes.set('notices', () => shown.map((notice) => ({ ...notice })));
  if (level === 'error') return vscode.window.showErrorMessage(message, ...actions);
  if (level === 'warning') return vscode.window.showWarningMessage(message, ...actions);
  return vscode.window.showInformationMessage(message, ...actions);
}
