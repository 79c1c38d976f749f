import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { renderTex } from '../../../src/webviews/review/math';
import { createCardRenderer } from '../../../src/webviews/review/render';

/** The repository root, from out/test/unit/webviews or any other build folder. */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'test', 'fixtures'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

const render = createCardRenderer(() => renderTex);

describe('card rendering (Markdown, TeX, code)', () => {
  it('renders inline and display math with KaTeX', () => {
    const html = render('Attention is $\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})V$.\n\n$$\nNDCG@k = \\frac{DCG@k}{IDCG@k}\n$$');
    assert.match(html, /<span class="katex"><math /);
    assert.match(html, /<div class="math-block"><span class="katex"><math [^>]*display="block"/);
    assert.doesNotMatch(html, /style=/, 'no inline style: the CSP would block it');
    assert.doesNotMatch(html, /\$/, 'no dollar sign is left over');
  });

  it('leaves prices alone: "$5 and $10" is text', () => {
    assert.equal(render('It costs $5 and $10.'), '<p>It costs $5 and $10.</p>\n');
  });

  it('shows a TeX error in place instead of failing the card', () => {
    assert.match(render('$\\frac{1}{$'), /katex-error/);
  });

  it('highlights fenced Python and escapes unknown languages', () => {
    assert.match(render('```python\ndef top_k(xs, k):\n    return heapq.nlargest(k, xs)\n```'), /<span class="hljs-keyword">def<\/span>/);
    assert.equal(render('```brainfuck\n<>\n```'), '<pre><code class="language-brainfuck">&lt;&gt;\n</code></pre>\n');
  });

  it('renders 30+ XSS payloads as inert text: no script, no event handler, no javascript: URL', () => {
    const payloads = fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'xss-payloads.txt'), 'utf8').split('\n').filter(Boolean);
    assert.ok(payloads.length >= 30, `only ${payloads.length} payloads`);
    // Tags markdown-it and KaTeX produce; anything else came from a payload.
    const allowed = new Set(['p', 'a', 'code', 'pre', 'em', 'strong', 'span', 'div', 'math', 'semantics', 'annotation', 'mrow', 'mi', 'mo', 'mn', 'ms', 'mtext', 'mspace', 'mstyle', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt', 'mroot', 'mover', 'munder', 'mpadded', 'merror']);
    for (const payload of payloads) {
      const html = render(payload);
      for (const [tag, name = ''] of html.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*>/gi)) {
        assert.ok(allowed.has(name.toLowerCase()), `${payload} → <${name}> in ${html}`);
        assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `${payload} → event handler in ${tag}`);
        assert.doesNotMatch(tag, /(href|src|action|data)\s*=\s*"?\s*(javascript|vbscript|data):/i, `${payload} → script URL in ${tag}`);
      }
    }
  });
});
