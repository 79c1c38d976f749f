import * as vscode from 'vscode';
import { createNonce, renderWebviewHtml } from '../webviews/html';
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
export function setWebviewPage(webview: vscode.Webview, services: Services, page: { title: string; bundle: string; styles?: readonly string[]; imageFolders?: readonly vscode.Uri[] }): void {
  const uri = (...segments: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(services.extensionUri, ...segments)).toString();
  webview.html = renderWebviewHtml({
    cspSource: webview.cspSource,
    nonce: createNonce(),
    title: page.title,
    scriptUri: uri('dist', 'webviews', `${page.bundle}.js`),
    styleUris: ['webview.css', ...(page.styles ?? [])].map((name) => uri('media', name)),
    imageFolders: (page.imageFolders ?? []).map((folder) => webviewFolderUri(webview, folder)),
  });
}

/** A message from a webview if its schema accepts it; otherwise logged (once per message) and undefined. */
export function acceptMessage<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { message: string } } }, raw: unknown, services: Services, from: string): T | undefined {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  services.log.warn(`${from} sent a message Loop Prep does not accept: ${parsed.error.message}`);
  return undefined;
}
