/** What a webview page needs from the host to be built. */
export interface WebviewPage {
  /** `webview.cspSource`: the origin styles, fonts and images may load from. */
  readonly cspSource: string;
  /** A fresh random nonce per render; only scripts carrying it may run. */
  readonly nonce: string;
  readonly title: string;
  /** `asWebviewUri` of the page's browser bundle. */
  readonly scriptUri: string;
  /** `asWebviewUri` of each stylesheet, in order. */
  readonly styleUris: readonly string[];
  /** `asWebviewUri` of the folders images may load from (besides `data:`); none by default. */
  readonly imageFolders?: readonly string[];
}

/** A fresh nonce for a page's script tag: 128 bits from the platform's CSPRNG, in base64. */
export function createNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

/**
 * A CSP source expression for a folder's webview URI: its origin and path, so only files
 * under it match. CSP host names allow letters, digits and hyphens only, and webview
 * resource hosts encode the authority with `+` (`file+.vscode-resource.vscode-cdn.net`):
 * such a first label becomes `*`, which the service worker behind those hosts serves only
 * from the webview's resource roots anyway. Undefined for a URI that is not http(s).
 */
export function folderSource(folderUri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(folderUri);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const labels = url.hostname.split('.');
  const host = labels.every((label) => /^[a-z0-9-]+$/i.test(label)) ? url.host : `*.${labels.slice(1).join('.')}${url.port === '' ? '' : `:${url.port}`}`;
  // `;` and `,` end a source list or a directive; the URL parser leaves them in paths.
  const path = url.pathname.replace(/;/g, '%3B').replace(/,/g, '%2C');
  return `${url.protocol}//${host}${path.endsWith('/') ? path : `${path}/`}`;
}

/**
 * The Content-Security-Policy of every Loop Prep webview: nothing but our own nonce'd
 * script and styles, and images only from `data:` and the page's image folders. Not
 * `cspSource` for images: in code-server it includes `'self'`, the code-server origin,
 * whose `/proxy/<port>/` reaches every port of the machine.
 */
export function contentSecurityPolicy(page: Pick<WebviewPage, 'cspSource' | 'nonce' | 'imageFolders'>): string {
  const imageSources = (page.imageFolders ?? []).map(folderSource).filter((source): source is string => source !== undefined);
  return [
    "default-src 'none'",
    `style-src ${page.cspSource}`,
    `font-src ${page.cspSource}`,
    ['img-src data:', ...imageSources].join(' '),
    `script-src 'nonce-${page.nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** What a page whose script could not load sends its host (see setWebviewPage), instead of `ready`. */
export const pageFailedMessage = 'pageFailed';

/**
 * Says so when the page's script fails to load, or has not run 10 s after the page began.
 * Right after a window reload, code-server sometimes loads a webview's page before the
 * webview's service worker serves its resources: the script and styles went to the
 * network and failed (or never answered), and the page stayed on its placeholder. Only
 * then does this take the VS Code API (the page's script, which takes it otherwise, never
 * ran). A page not shown runs no timer, so a tab in the background raises no alarm.
 */
const pageFailedScript = `(function () { var started = false, reported = false; function ours(event) { var target = event.target; return !!(target && target.tagName === 'SCRIPT' && target.src); } function report() { if (started || reported) return; reported = true; acquireVsCodeApi().postMessage({ type: '${pageFailedMessage}' }); } window.addEventListener('load', function (event) { if (ours(event)) started = true; }, true); window.addEventListener('error', function (event) { if (ours(event)) report(); }, true); setTimeout(report, 10000); })();`;

/**
 * The whole HTML of a webview. The body is a `#root` that holds only a placeholder: the
 * page's script renders everything from the state the host sends, so the host stays the
 * single source of truth. The placeholder is there from the first paint, so the page is
 * never blank while its script loads.
 */
export function renderWebviewHtml(page: WebviewPage): string {
  const styles = page.styleUris
    .map((uri) => `<link rel="stylesheet" href="${escapeHtml(uri)}">`)
    .join('\n    ');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(page))}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${styles}
    <title>${escapeHtml(page.title)}</title>
  </head>
  <body>
    <main id="root" tabindex="-1" aria-live="polite"><p class="progress loading-skeleton">Loading…</p></main>
    <script nonce="${escapeHtml(page.nonce)}">${pageFailedScript}</script>
    <script nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script>
  </body>
</html>`;
}
