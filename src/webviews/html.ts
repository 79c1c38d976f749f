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

/** The Content-Security-Policy of every Loop Prep webview: nothing but our own nonce'd script and styles. */
export function contentSecurityPolicy(page: Pick<WebviewPage, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `style-src ${page.cspSource}`,
    `font-src ${page.cspSource}`,
    `img-src ${page.cspSource} data:`,
    `script-src 'nonce-${page.nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The whole HTML of a webview. The body is an empty `#root`: the page's script renders
 * everything from the state the host sends, so the host stays the single source of truth.
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
    <main id="root" tabindex="-1" aria-live="polite"></main>
    <script nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script>
  </body>
</html>`;
}
