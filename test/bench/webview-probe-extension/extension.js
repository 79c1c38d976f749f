// The baselines of panels.bench.mjs, measured in the same host as Loop Prep: an empty
// webview panel under the Content-Security-Policy Loop Prep's pages use (src/webviews/html.ts),
// which VS Code restores after a reload as it restores Loop Prep's panels; and a quick pick
// of fixed items, like the deck picker's.
'use strict';
const vscode = require('vscode');
const crypto = require('node:crypto');

/** @param {vscode.Webview} webview */
function emptyPage(webview) {
  const nonce = crypto.randomBytes(16).toString('base64');
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    'img-src data:',
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <title>Empty</title>
  </head>
  <body>
    <main id="root" data-status="empty"><p>Empty panel</p></main>
  </body>
</html>`;
}

/** @param {vscode.ExtensionContext} context */
exports.activate = function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('loopPrepBench.openEmptyPanel', (column) => {
      const panel = vscode.window.createWebviewPanel('loopPrepBench.empty', 'Empty', typeof column === 'number' ? column : vscode.ViewColumn.Active, { enableScripts: true });
      panel.webview.html = emptyPage(panel.webview);
    }),
    vscode.window.registerWebviewPanelSerializer('loopPrepBench.empty', {
      async deserializeWebviewPanel(panel) {
        panel.webview.options = { enableScripts: true };
        panel.webview.html = emptyPage(panel.webview);
      },
    }),
    vscode.commands.registerCommand('loopPrepBench.quickPick', () => {
      const items = Array.from({ length: 22 }, (_, index) => ({ label: `Probe deck ${index + 1}`, description: `${index * 7} due` }));
      void vscode.window.showQuickPick(items, { placeHolder: 'Pick a probe item' });
    }),
  );
};
