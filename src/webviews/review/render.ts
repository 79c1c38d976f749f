import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import markdownIt, { type MarkdownIt } from 'markdown-it';
import { useMath } from '../../core/decks/markdownMath';
import { escapeHtml } from '../html';
import { blockedImageNote, resolveCardImage } from './cardImages';
import type { TexRenderer } from './texRenderer';

// Card Markdown to HTML, in the review webview. Pure (no DOM), so unit tests run it in Node.
// Safety rests on three things: markdown-it with raw HTML off (any tag in a card is shown
// as text), KaTeX with `trust: false` (no \href, \url or \htmlClass; math.ts), and highlight.js,
// which escapes the code it colours. Images load only from the card's deck folder or a
// `data:` URL (cardImages.ts); any other becomes its alt text. The webview's CSP is the
// second line of defence.

for (const [name, language] of Object.entries({ bash, javascript, json, python, sql, typescript })) {
  hljs.registerLanguage(name, language);
}
hljs.registerAliases(['py'], { languageName: 'python' });
hljs.registerAliases(['ts'], { languageName: 'typescript' });
hljs.registerAliases(['js'], { languageName: 'javascript' });
hljs.registerAliases(['sh', 'shell'], { languageName: 'bash' });


/** Where the card's deck folder is served in the webview (a URI ending in `/`), for its images. */
export interface CardRenderOptions {
  readonly imageBase?: string;
}

/**
 * A renderer for card Markdown: CommonMark without raw HTML, TeX math, highlighted code, the
 * deck's own images. `tex` gives the TeX renderer (math.ts), which the review page loads
 * only when a card needs it; until then (or if it never loads) a formula shows as its TeX.
 */
export function createCardRenderer(tex: () => TexRenderer | undefined): (markdown: string, options?: CardRenderOptions) => string {
  const renderTex: TexRenderer = (source, displayMode) =>
    tex()?.(source, displayMode) ?? `<code class="math-source">${escapeHtml(displayMode ? `$$${source}$$` : `$${source}$`)}</code>`;
  const md: MarkdownIt = markdownIt({
    html: false,
    linkify: false,
    typographer: false,
    highlight: (code, language) => {
      if (language && hljs.getLanguage(language)) {
        return `<pre class="hljs"><code>${hljs.highlight(code, { language, ignoreIllegals: true }).value}</code></pre>`;
      }
      // Empty: markdown-it escapes the code itself.
      return '';
    },
  });
  useMath(md, { inline: renderTex, block: (tex) => `<div class="math-block">${renderTex(tex, true)}</div>\n` });
  const renderImage = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const imageBase: unknown = env?.['imageBase'];
    const resolved = token ? resolveCardImage(String(token.attrGet('src') ?? ''), typeof imageBase === 'string' ? imageBase : undefined) : undefined;
    if (token && resolved !== undefined && renderImage) {
      token.attrSet('src', resolved);
      return renderImage(tokens, index, options, env, self);
    }
    const alt = token ? self.renderInlineAsText(token.children ?? [], options, env) : '';
    return `<span class="image-blocked" title="${escapeHtml(blockedImageNote)}">${escapeHtml(alt === '' ? 'image' : alt)}<span class="image-note"> (${escapeHtml(blockedImageNote)})</span></span>`;
  };
  return (markdown, options = {}) => md.render(markdown, { ...options });
}
