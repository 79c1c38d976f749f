import * as vscode from 'vscode';

/**
 * Calls `listener` whenever the value `read()` returns changes (compared as JSON), checked
 * on every configuration change.
 *
 * Not `event.affectsConfiguration(key)`: an extension activated early in a window's life
 * (a restored webview panel activates it during start-up) can run before the window has
 * delivered the user's settings, and the change event that then delivers them reports
 * false for the keys it brings (seen in VS Code 1.100 under code-server: a review after
 * "Reload Window" went to the default data directory instead of the configured one).
 */
export function watchSetting<T>(read: () => T, listener: (value: T) => void): vscode.Disposable {
  // The first reading waits until activate() has returned: reading settings can be slow
  // (the scheduler's settings start up the time-zone data), and nothing needs it sooner.
  // A change before then is no change to report: whatever loads reads the settings itself.
  let last: string | undefined;
  const first = setTimeout(() => { last ??= JSON.stringify(read()); }, 0);
  const subscription = vscode.workspace.onDidChangeConfiguration(() => {
    const value = read();
    const serialized = JSON.stringify(value);
    const previous = last;
    last = serialized;
    if (previous === undefined || serialized === previous) return;
    listener(value);
  });
  return new vscode.Disposable(() => {
    clearTimeout(first);
    subscription.dispose();
  });
}
