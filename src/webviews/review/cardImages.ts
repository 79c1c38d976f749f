// Which images a card may show. A deck can legitimately carry two kinds: `data:` images
// written into the card, and image files in the deck's own folder (or below it), which
// the host lets the webview load from its resource roots. Anything else would be a
// request the card makes by being shown: a remote tracker, or in code-server (whose
// webviews are served from the code-server origin) a GET to `/proxy/<port>/…` on any
// port of the machine. Those render as their alt text with a note instead.

/** The `data:` image types markdown-it lets through (it refuses other `data:` links). */
const dataImage = /^data:image\/(?:png|jpe?g|gif|webp);/i;

/**
 * The URL to load for an image `src` (as markdown-it normalised it, percent-encoded) in a
 * card whose deck folder is served at `imageBase` (a webview URI ending in `/`), or
 * undefined when the card may not load it.
 */
export function resolveCardImage(src: string, imageBase: string | undefined): string | undefined {
  if (dataImage.test(src)) return src;
  if (imageBase === undefined || !imageBase.endsWith('/')) return undefined;
  // A scheme, a protocol-relative or absolute path, a query or a fragment: not a file of the deck.
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || /^[/\\]/.test(src) || /[?#\\]/.test(src)) return undefined;
  let path: string;
  try {
    // Decoded first: a browser reads `%2e%2e` as `..`, and a server may read `%2f` as `/`.
    path = decodeURIComponent(src);
  } catch {
    return undefined;
  }
  // A backslash is a separator to some servers; a control character has no business in a file name.
  for (let index = 0; index < path.length; index++) {
    const code = path.charCodeAt(index);
    if (code < 0x20 || code === 0x5c) return undefined;
  }
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      // Out of the deck's folder: refused, even if a later segment would come back in.
      if (segments.length === 0) return undefined;
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  if (segments.length === 0) return undefined;
  return imageBase + segments.map(encodeURIComponent).join('/');
}

/** Why an image is not shown, for the note beside its alt text. */
export const blockedImageNote = 'image not shown: a card may show only images in its deck’s folder or data: images';
