import type { MarkdownIt, StateBlock, StateInline } from 'markdown-it';

// TeX in card Markdown: `$…$` inline, `$$…$$` inline or as a block. One set of rules for
// every place cards are rendered (the review webview, the Anki export), so what shows as
// math in a review is math everywhere.

/** How a renderer writes the math it finds. */
export interface MathRenderer {
  /** `$tex$` (display false) or `$$tex$$` within a line (display true). */
  inline(tex: string, display: boolean): string;
  /** A paragraph-level `$$ … $$`. */
  block(tex: string): string;
}

/** Adds the math rules to `md`, rendered by `renderer`. */
export function useMath(md: MarkdownIt, renderer: MathRenderer): void {
  md.inline.ruler.after('escape', 'math_inline', mathInline);
  md.block.ruler.before('fence', 'math_block', mathBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules['math_inline'] = (tokens, index) => renderer.inline(tokens[index]?.content ?? '', false);
  md.renderer.rules['math_inline_display'] = (tokens, index) => renderer.inline(tokens[index]?.content ?? '', true);
  md.renderer.rules['math_block'] = (tokens, index) => renderer.block(tokens[index]?.content ?? '');
}

const dollar = 0x24;
const backslash = 0x5c;

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
