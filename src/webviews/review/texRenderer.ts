// What the review page and its math bundle (math.ts, mathEntry.ts) share, without KaTeX:
// importing a value from math.ts would put KaTeX back in the page's bundle.

/** Renders one TeX formula, inline or display, to HTML. */
export type TexRenderer = (tex: string, displayMode: boolean) => string;

/** The name of the global the math bundle sets to its renderer. */
export const mathGlobal = 'loopPrepRenderTex';
