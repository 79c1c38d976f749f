import { mathGlobal, type TexRenderer } from './texRenderer';

// Loads the math bundle (dist/webviews/review-math.js) into the review page on first need,
// beside the page's own script and under the same nonce, so the page's first card is not
// held up by 260 KB of KaTeX that a card without math never uses.

// Read while this bundle's top level runs: `document.currentScript` is ours only then.
const ownScript = document.currentScript instanceof HTMLScriptElement ? document.currentScript : undefined;
let loading: Promise<void> | undefined;

/** The TeX renderer once the math bundle has run; undefined before. */
export function texRenderer(): TexRenderer | undefined {
  const renderer: unknown = (globalThis as Record<string, unknown>)[mathGlobal];
  return typeof renderer === 'function' ? (renderer as TexRenderer) : undefined;
}

/** Whether any of these Markdown sources may hold math that cannot be rendered yet. */
export function needsMath(...sources: string[]): boolean {
  return texRenderer() === undefined && sources.some((source) => source.includes('$'));
}

/** Loads the math bundle once; resolves when it has run (or failed to load: math then shows as its TeX). */
export function loadMath(): Promise<void> {
  loading ??= new Promise((resolve) => {
    if (!ownScript || texRenderer() !== undefined) {
      resolve();
      return;
    }
    const script = document.createElement('script');
    script.nonce = ownScript.nonce;
    script.src = new URL('review-math.js', ownScript.src).href;
    script.addEventListener('load', () => { resolve(); });
    script.addEventListener('error', () => { resolve(); });
    document.head.append(script);
  });
  return loading;
}
