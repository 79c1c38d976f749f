import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import katex from 'katex';
import markdownIt, { type MarkdownIt, type StateBlock, type StateInline } from 'markdown-it';

// Card Markdown to HTML, in the review webview. Pure (no DOM), so unit tests run it in Node.
// Safety rests on three things: markdown-it with raw HTML off (any tag in a card is shown
// as text), KaTeX with `trust: false` (no \href, \url or \htmlClass), and highlight.js,
// which escapes the code it colours. The webview's CSP is the second line of defence.

for (const [name, language] of Object.entries({ bash, javascript, json, python, sql, typescript })) {
  hljs.registerLanguage(name, language);
}
hljs.registerAliases(['py'], { languageName: 'python' });
hljs.registerAliases(['ts'], { languageName: 'typescript' });
hljs.registerAliases(['js'], { languageName: 'javascript' });
hljs.registerAliases(['sh', 'shell'], { languageName: 'bash' });

const dollar = 0x24;
const backslash = 0x5c;

function renderTex(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, {
    displayMode,
    throwOnError: false,
    trust: false,
    strict: 'ignore',
    // MathML only: Chromium draws it natively, and KaTeX's HTML output depends on inline
    // style attributes that our CSP (no 'unsafe-inline') rightly blocks. No fonts to ship.
    output: 'mathml',
    // Bounds on what one formula may cost, so a hostile deck cannot hang the view.
    maxExpand: 500,
    maxSize: 20,
  });
}

/** The index of the closing `$` (or `$$`) of math opened at `start`, or -1. */
function closingDollar(source: string, start: number, display: boolean, max: number): number {
  const marker = display ? '$$' : '$';
  let index = start;
  while (index < max) {
    index = source.indexOf(marker, index);
    if (index < 0 || index >= max) return -1;
    if (source.charCodeAt(index - 1) !== backslash) return index;
    index += 1;
  }
  return -1;
}

/**
 * Inline math: `$x$` and `$$x$$`. Like Pandoc, `$` opens only when not followed by a
 * space and closes only when not preceded by one nor followed by a digit, so prices such
 * as "$5 and $10" stay text.
 */
function mathInline(state: StateInline, silent: boolean): boolean {
  const { src, pos, posMax } = state;
  if (src.charCodeAt(pos) !== dollar) return false;
  const display = src.charCodeAt(pos + 1) === dollar;
  const open = pos + (display ? 2 : 1);
  if (!display && (open >= posMax || /\s/.test(src.charAt(open)))) return false;
  const close = closingDollar(src, open, display, posMax);
  if (close < 0 || close === open) return false;
  if (!display && (/\s/.test(src.charAt(close - 1)) || /\d/.test(src.charAt(close + 1)))) return false;
  if (!silent) {
    const token = state.push(display ? 'math_inline_display' : 'math_inline', 'math', 0);
    token.content = src.slice(open, close);
    token.markup = display ? '$$' : '$';
  }
  state.pos = close + (display ? 2 : 1);
  return true;
}

/** Block math: a paragraph-level `$$ … $$`, on one line or several. */
function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const lineStart = (line: number): number => (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
  const lineEnd = (line: number): number => state.eMarks[line] ?? 0;
  const start = lineStart(startLine);
  if (state.src.slice(start, start + 2) !== '$$') return false;
  const firstLine = state.src.slice(start + 2, lineEnd(startLine));
  let content: string;
  let lastLine = startLine;
  if (firstLine.trimEnd().endsWith('$$')) {
    content = firstLine.trimEnd().slice(0, -2);
  } else {
    const lines = [firstLine];
    let found = false;
    for (let line = startLine + 1; line < endLine; line++) {
      const text = state.src.slice(lineStart(line), lineEnd(line));
      if (text.trimEnd().endsWith('$$')) {
        lines.push(text.trimEnd().slice(0, -2));
        lastLine = line;
        found = true;
        break;
      }
      lines.push(text);
    }
    if (!found) return false;
    content = lines.join('\n');
  }
  if (silent) return true;
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = content;
  token.map = [startLine, lastLine + 1];
  token.markup = '$$';
  state.line = lastLine + 1;
  return true;
}

/** A renderer for card Markdown: CommonMark without raw HTML, TeX math, highlighted code. */
export function createCardRenderer(): (markdown: string) => string {
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
  md.inline.ruler.after('escape', 'math_inline', mathInline);
  md.block.ruler.before('fence', 'math_block', mathBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules['math_inline'] = (tokens, index) => renderTex(tokens[index]?.content ?? '', false);
  md.renderer.rules['math_inline_display'] = (tokens, index) => renderTex(tokens[index]?.content ?? '', true);
  md.renderer.rules['math_block'] = (tokens, index) => `<div class="math-block">${renderTex(tokens[index]?.content ?? '', true)}</div>\n`;
  return (markdown) => md.render(markdown);
}
