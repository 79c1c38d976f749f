import assert from 'node:assert/strict';
import { contentSecurityPolicy, escapeHtml, renderWebviewHtml } from '../../../src/webviews/html';
import { TimerRequest } from '../../../src/webviews/timer/protocol';

describe('webview HTML', () => {
  const page = {
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    nonce: 'bm9uY2Utb25lLXR3bw==',
    title: 'Timer',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webviews/timer.js',
    styleUris: ['https://file+.vscode-resource.vscode-cdn.net/ext/media/webview.css'],
  };

  it('allows only our nonce’d script and styles from the extension', () => {
    const csp = contentSecurityPolicy(page);
    assert.match(csp, /^default-src 'none';/);
    assert.match(csp, /script-src 'nonce-bm9uY2Utb25lLXR3bw=='(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    // No source that allows any host or scheme (a `*.` host with a path is a folder: see cardImages.test).
    assert.doesNotMatch(csp, /(^|\s)(\*|https?:|'self')(\s|;|$)/);
  });

  it('puts the CSP in the head and the nonce on both script tags: the report of a script that failed to load, then the bundle', () => {
    const html = renderWebviewHtml(page);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    assert.deepEqual(scripts, [`<script nonce="${page.nonce}">`, `<script nonce="${page.nonce}" src="${page.scriptUri}">`]);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link'), 'CSP comes before any resource');
  });

  /** The page's inline script, run with a window, a clock and the VS Code API of our own. */
  function runInline(): { fire(type: 'load' | 'error', target: unknown): void; timeUp(): void; posted: unknown[]; acquired(): number } {
    const inline = /<script nonce="[^"]*">([^<]*)<\/script>/.exec(renderWebviewHtml(page))?.[1] ?? '';
    const posted: unknown[] = [];
    let acquired = 0;
    const listeners = new Map<string, (event: { target: unknown }) => void>();
    const timers: { run: () => void; ms: number }[] = [];
    const fakeWindow = { addEventListener: (type: string, listener: (event: { target: unknown }) => void, capture: boolean) => { assert.equal(capture, true); listeners.set(type, listener); } };
    const acquireVsCodeApi = (): { postMessage(message: unknown): void } => { acquired += 1; return { postMessage: (message) => { posted.push(message); } }; };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const run = new Function('window', 'acquireVsCodeApi', 'setTimeout', inline) as (window: unknown, api: unknown, timeout: unknown) => void;
    run(fakeWindow, acquireVsCodeApi, (callback: () => void, ms: number) => { timers.push({ run: callback, ms }); });
    assert.deepEqual(timers.map((timer) => timer.ms), [10_000]);
    return {
      fire: (type, target) => { listeners.get(type)?.({ target }); },
      timeUp: () => { for (const timer of timers) timer.run(); },
      posted,
      acquired: () => acquired,
    };
  }

  it('reports a page whose script failed to load, once, and only then takes the VS Code API', () => {
    const failed = runInline();
    // An image or a style that failed is not the page's script: nothing is sent.
    failed.fire('error', { tagName: 'IMG', src: 'x.png' });
    failed.fire('error', { tagName: 'LINK' });
    assert.equal(failed.acquired(), 0);
    failed.fire('error', { tagName: 'SCRIPT', src: 'review.js' });
    failed.timeUp();
    assert.deepEqual(failed.posted, [{ type: 'pageFailed' }]);
  });

  it('reports a page whose script has not run after 10 s, and not one whose script loaded', () => {
    const stuck = runInline();
    stuck.timeUp();
    assert.deepEqual(stuck.posted, [{ type: 'pageFailed' }]);
    const started = runInline();
    started.fire('load', { tagName: 'SCRIPT', src: 'review.js' });
    started.timeUp();
    assert.deepEqual(started.posted, []);
    assert.equal(started.acquired(), 0, 'the page\'s own script takes the API');
  });

  it('escapes what it interpolates', () => {
    assert.equal(escapeHtml(`"><script>alert('x')</script>`), '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    const html = renderWebviewHtml({ ...page, title: '</title><script>alert(1)</script>' });
    assert.equal([...html.matchAll(/<script\b/g)].length, 2);
    assert.doesNotMatch(html, /alert\(1\)<\/script>/);
  });
});

describe('Timer view protocol', () => {
  it('accepts the messages the view sends', () => {
    assert.ok(TimerRequest.safeParse({ type: 'ready' }).success);
    assert.ok(TimerRequest.safeParse({ type: 'runCommand', command: 'loopPrep.openSettings' }).success);
  });

  it('refuses a command outside the allowlist and unknown message types', () => {
    assert.ok(!TimerRequest.safeParse({ type: 'runCommand', command: 'workbench.action.terminal.new' }).success);
    assert.ok(!TimerRequest.safeParse({ type: 'eval', code: '1+1' }).success);
    assert.ok(!TimerRequest.safeParse('ready').success);
    assert.ok(!TimerRequest.safeParse(null).success);
  });
});
