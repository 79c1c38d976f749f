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
  let last = JSON.stringify(read());
  return vscode.workspace.onDidChangeConfiguration(() => {
    const value = read();
    const serialized = JSON.stringify(value);
    if (serialized === last) return;
    last = serialized;
    listener(value);
  });
}
