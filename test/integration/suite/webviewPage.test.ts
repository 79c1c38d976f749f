import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Services } from '../../../src/features/services';
import { setWebviewPage, webviewOptions } from '../../../src/features/webviewPage';
import { waitFor } from './helpers';

// A page whose script cannot load (after a window reload code-server sometimes loads a
// restored panel before its resources can be served) says so, and is loaded again; a page
// that starts is left alone. In a real webview: the script's load really fails.

/** The services setWebviewPage reads: Loop Prep's folder, and a log that keeps its warnings. */
function pageServices(): { services: Services; warnings: string[] } {
  const extension = vscode.extensions.getExtension('loop-prep.loop-prep');
  assert.ok(extension);
  const warnings: string[] = [];
  const log = { warn: (message: string) => { warnings.push(message); } };
  return { services: { extensionUri: extension.extensionUri, log } as unknown as Services, warnings };
}

describe('a webview page that cannot load its script', function () {
  this.timeout(60_000);
  const panels: vscode.WebviewPanel[] = [];

  afterEach(() => {
    for (const panel of panels.splice(0)) panel.dispose();
  });

  it('reports it, is loaded again twice, and the log says so; a page that starts is not loaded again', async () => {
    const { services, warnings } = pageServices();
    const failing = vscode.window.createWebviewPanel('loopPrepTest.failingPage', 'Failing page', vscode.ViewColumn.One, webviewOptions(services));
    panels.push(failing);
    const reports: number[] = [];
    const pages: string[] = [];
    failing.webview.onDidReceiveMessage((message: unknown) => {
      if ((message as { type?: unknown }).type === 'pageFailed') reports.push(Date.now());
    });
    // The bundle does not exist: its script fails to load, as a restored page's did.
    setWebviewPage(failing.webview, services, { title: 'Failing page', bundle: 'no-such-bundle' });
    pages.push(failing.webview.html);
    await waitFor(() => warnings.length, (count) => count >= 3, 30_000);
    pages.push(failing.webview.html);
    assert.equal(reports.length, 3, 'each of the three pages reported its script');
    assert.deepEqual(warnings, [
      'The Failing page page could not load its script; loading it again.',
      'The Failing page page could not load its script; loading it again.',
      'The Failing page page could not load its script after 3 tries; close it and open it again.',
    ]);
    assert.notEqual(pages[0], pages[1], 'the page was set again (a fresh nonce)');
    // No fourth try, and no watchdog left running.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    assert.equal(reports.length, 3);
    assert.equal(warnings.length, 3);

    // The Timer's page starts (it says `ready`): nothing is loaded again.
    const { services: quiet, warnings: none } = pageServices();
    const working = vscode.window.createWebviewPanel('loopPrepTest.workingPage', 'Working page', vscode.ViewColumn.One, webviewOptions(quiet));
    panels.push(working);
    let ready = 0;
    working.webview.onDidReceiveMessage((message: unknown) => { if ((message as { type?: unknown }).type === 'ready') ready += 1; });
    setWebviewPage(working.webview, quiet, { title: 'Timer', bundle: 'timer' });
    await waitFor(() => ready, (count) => count >= 1, 20_000);
    // Past the page's own 10 s check: a page whose script ran says nothing.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    assert.equal(ready, 1, 'loaded once');
    assert.deepEqual(none, []);
  });
});
