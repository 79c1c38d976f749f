import { renderTex } from './math';
import { mathGlobal } from './texRenderer';

// The entry of dist/webviews/review-math.js: a classic script, so it hands its renderer to
// the review page (mathLoader.ts) through a global.
(globalThis as Record<string, unknown>)[mathGlobal] = renderTex;
