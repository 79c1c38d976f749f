import * as vscode from 'vscode';
import { createNonce, pageFailedMessage, renderWebviewHtml } from '../webviews/html';
import type { Services } from './services';

// What every Loop Prep webview (panels and views) shares: scripts only from our bundles,
// resources only from dist/webviews and media, a fresh nonce per page, and inbound
// messages checked against the page's schema before anything acts on them.

/** Scripts on; local resources from our bundles and media only, and the page's image folders. */
export function webviewOptions(services: Services, imageFolders: readonly vscode.Uri[] = []): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(services.extensionUri, 'dist', 'webviews'), vscode.Uri.joinPath(services.extensionUri, 'media'), ...imageFolders],
  };
}

/** A folder's URI inside `webview`, ending in `/` (so relative paths resolve under it). */
export function webviewFolderUri(webview: vscode.Webview, folder: vscode.Uri): string {
  const uri = webview.asWebviewUri(folder).toString();
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/**
 * Loads `dist/webviews/<bundle>.js` into `webview` under our CSP, with `webview.css` and
 * `styles` from media; images may load from `imageFolders` (which must also be resource roots).
 */
export function setWebviewPage(webview: vscode.Webview, services: Services, page: WebviewPageOptions, attempt = 1): void {
  watches.get(webview)?.dispose();
  const uri = (...segments: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(services.extensionUri, ...segments)).toString();
  webview.html = renderWebviewHtml({
    cspSource: webview.cspSource,
    nonce: createNonce(),
    title: page.title,
    scriptUri: uri('dist', 'webviews', `${page.bundle}.js`),
    styleUris: ['webview.css', ...(page.styles ?? [])].map((name) => uri('media', name)),
    imageFolders: (page.imageFolders ?? []).map((folder) => webviewFolderUri(webview, folder)),
  });
  watchStart(webview, services, page, attempt);
}

interface WebviewPageOptions {
  readonly title: string;
  readonly bundle: string;
  readonly styles?: readonly string[];
  readonly imageFolders?: readonly vscode.Uri[];
}

/** How often a page is loaded in all when its script fails to load. */
const pageAttempts = 3;
const watches = new WeakMap<vscode.Webview, vscode.Disposable>();

/**
 * Loads the page again when it says its script failed to load (`pageFailed`, see html.ts):
 * after a window reload, code-server sometimes loads a restored panel's page before its
 * resources can be served (they went to the network and failed), and the page stayed on
 * "Loading…" (4 of 10 reloads in the reload benchmark once Loop Prep started fast). Until
 * the page says `ready`. No timer: a page in a tab not shown does not start at all.
 */
function watchStart(webview: vscode.Webview, services: Services, page: WebviewPageOptions, attempt: number): void {
  const again = (why: string): void => {
    watch.dispose();
    if (attempt >= pageAttempts) {
      services.log.warn(`The ${page.title} page ${why} after ${attempt} tries; close it and open it again.`);
      return;
    }
    services.log.warn(`The ${page.title} page ${why}; loading it again.`);
    try {
      setWebviewPage(webview, services, page, attempt + 1);
    } catch {
      // The panel was closed meanwhile.
    }
  };
  const listener = webview.onDidReceiveMessage((message: unknown) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (type === 'ready') watch.dispose();
    else if (type === pageFailedMessage) again('could not load its script');
  });
  const watch = new vscode.Disposable(() => {
    listener.dispose();
    if (watches.get(webview) === watch) watches.delete(webview);
  });
  watches.set(webview, watch);
}

/** A message from a webview if its schema accepts it; otherwise logged (once per message) and undefined. */
export function acceptMessage<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { message: string } } }, raw: unknown, services: Services, from: string): T | undefined {
  // The page's own report that its script failed to load: setWebviewPage's to act on.
  if (typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === pageFailedMessage) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  services.log.warn(`${from} sent a message Loop Prep does not accept: ${parsed.error.message}`);
  return undefined;
}
