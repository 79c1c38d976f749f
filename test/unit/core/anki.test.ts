import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ankiDeckTitle, exportAnkiText, importAnkiText, renderAnkiField } from '../../../src/core/decks/anki';
import { parseDeck } from '../../../src/core/decks/deckFormat';
import type { Card, ParsedDeck } from '../../../src/core/decks/types';
import { repositoryRoot } from '../repository';

/** A file from its lines. */
function file(...lines: string[]): string {
  return lines.join('\n');
}

const header = ['---', 'title: Test deck', 'tags: [nlp, deep learning]', 'rounds: [ml-fundamentals, coding]', '---', ''];

/** The header lines every export starts with, for a deck titled "Test deck". */
const exportHeader = ['#separator:tab', '#html:true', '#notetype column:1', '#guid column:2', '#deck:Loop Prep::Test deck', '#tags column:5'];
const exportTags = 'nlp deep_learning loop-prep ml-fundamentals coding';

function exportDeck(text: string, deckName?: string): { rows: string[]; notes: number; text: string } {
  const exported = exportAnkiText(text, { file: '/decks/test-deck.md', ...(deckName === undefined ? {} : { deckName }) });
  assert.ok(exported.text.endsWith('\n'));
  return { rows: exported.text.slice(0, -1).split('\n'), notes: exported.notes, text: exported.text };
}

function parse(markdown: string): ParsedDeck {
  return parseDeck(markdown, { file: '/decks/imported.md' });
}

/** Imports and checks the invariant every import keeps: the deck loads without a single problem. */
function importClean(text: string, options: Partial<Parameters<typeof importAnkiText>[1]> = {}): ReturnType<typeof importAnkiText> & { parsed: ParsedDeck } {
  const result = importAnkiText(text, { rounds: ['ml-fundamentals'], ...options });
  const parsed = parse(result.markdown);
  assert.deepEqual(parsed.diagnostics, [], result.markdown);
  return { ...result, parsed };
}

/** An Anki export with our header lines, rows given as arrays of columns. */
function ankiFile(rows: readonly (readonly string[])[], head: readonly string[] = ['#separator:tab', '#html:true', '#notetype column:1', '#guid column:2', '#tags column:5']): string {
  return [...head, ...rows.map((row) => row.join('\t'))].join('\n') + '\n';
}

/** What a reader sees of a card side: its rendered HTML without tags, entities decoded. */
function visible(markdown: string): string {
  return renderAnkiField(markdown)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A card side as the comparison of a round trip sees it: rendered as Anki would get it,
 * paragraphs, whitespace and images aside. A lost word, formula, cloze or mark-up changes it.
 */
function normalized(markdown: string): string {
  return renderAnkiField(markdown)
    .replace(/<img src="([^"]*)"[^>]*>/g, '[image: $1]') // an import names an image; it cannot fetch it
    .replace(/<\/?p>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function sides(cards: readonly Card[]): { id: string; kind: string; front: string; back: string }[] {
  return cards.map((card) => ({ id: card.id, kind: card.kind, front: normalized(card.front), back: normalized(card.back) }));
}

describe('Anki export', () => {
  it('writes the header lines, then one row per note: note type, our id as guid, two HTML fields and the tags', () => {
    const { rows, notes } = exportDeck(
      file(
        ...header,
        '## Skip-gram {#w2v-skipgram}',
        'What does *skip-gram* predict?',
        '?',
        'Each **context** word.',
        '## Negative sampling {#w2v-negative reversed}',
        'Negative sampling',
        '??',
        'A few binary classifications.',
        '## Noise {#w2v-noise}',
        'Raise counts to the {{c1::$3/4$::a fraction}} power; {{c2::rare}} words gain.',
      ),
    );
    assert.equal(notes, 3);
    assert.deepEqual(rows, [
      ...exportHeader,
      `Basic\tw2v-skipgram\t<p>What does <em>skip-gram</em> predict?</p>\t<p>Each <strong>context</strong> word.</p>\t${exportTags}`,
      `Basic (and reversed card)\tw2v-negative\t<p>Negative sampling</p>\t<p>A few binary classifications.</p>\t${exportTags}`,
      `Cloze\tw2v-noise\t<p>Raise counts to the {{c1::\\(3/4\\)::a fraction}} power; {{c2::rare}} words gain.</p>\t\t${exportTags}`,
    ]);
  });

  it('turns TeX into MathJax delimiters, untouched by Markdown: _ and * stay, < is escaped, prices stay text', () => {
    const { rows } = exportDeck(
      file(...header, '## TeX {#tex}', 'Is $a_1 * b_2 * c_3$ less than $x<y$? It costs $5 and $10.', '?', '$$', '\\sum_{i=1}^{n} x_i^*  % a comment', '  + \\frac{a}{b}', '$$'),
    );
    assert.deepEqual(rows.slice(exportHeader.length), [
      `Basic\ttex\t<p>Is \\(a_1 * b_2 * c_3\\) less than \\(x&lt;y\\)? It costs $5 and $10.</p>\t\\[\\sum_{i=1}^{n} x_i^*  + \\frac{a}{b}\\]\t${exportTags}`,
    ]);
  });

  it('shows raw HTML as text, keeps line breaks only inside code, and quotes such a field with its quotes doubled', () => {
    const { rows, text } = exportDeck(
      file(...header, '## Code {#code}', 'Why is <script>alert(1)</script> shown as text?', 'A second line.', '?', '```python', 'print("tab\there")', '?', '## not a card', '```', '', '- one', '- two'),
    );
    assert.equal(
      rows.slice(exportHeader.length).join('\n'),
      `Basic\tcode\t<p>Why is &lt;script&gt;alert(1)&lt;/script&gt; shown as text? A second line.</p>\t"<pre><code class=""language-python"">print(&quot;tab\there&quot;)\n?\n## not a card\n</code></pre><ul><li>one</li><li>two</li></ul>"\t${exportTags}`,
    );
    assert.equal(text.split('\n').length, exportHeader.length + 5);
  });

  it('leaves out cards the deck fails to load, and takes a deck name and tags without spaces', () => {
    const { rows, notes } = exportDeck(file(...header, '## Good {#good}', 'Q', '?', 'A', '## No id', 'Q', '?', 'A', '## Empty {#empty-cloze}', '{{c1::}}'), 'Prep::"NLP"\tdeck');
    assert.equal(notes, 1);
    assert.equal(rows[4], '#deck:Prep::"NLP" deck');
    assert.deepEqual(rows.slice(exportHeader.length), [`Basic\tgood\t<p>Q</p>\t<p>A</p>\t${exportTags}`]);
  });

  it('a deck without front matter is named after its file, tagged loop-prep only', () => {
    const { rows } = exportDeck(file('## Q {#q}', 'Q', '?', 'A'));
    assert.equal(rows[4], '#deck:Loop Prep::test-deck');
    assert.equal(rows[6], 'Basic\tq\t<p>Q</p>\t<p>A</p>\tloop-prep');
  });
});

describe('Anki import', () => {
  it('reads Basic, reversed and Cloze rows with HTML, MathJax, quoting and a multi-line field into a deck that loads cleanly', () => {
    // The column layout of Anki's own "Notes in Plain Text" export: guid, note type, deck, fields, tags.
    const text = file(
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:6',
      'a1B2c3D4e5\tBasic\tML::Basics\tWhat is <b>2 + 2</b>?<br>Answer <i>briefly</i>.\t<div>It is&nbsp;4.</div><div>Not 5.</div>\tmath',
      'kv-cache\tBasic (and reversed card)\tML::Basics\tKV cache\t"Keys and ""values"" of past tokens:<br>\t<code>O(n d)</code> memory',
      '<ul><li>per layer</li><li>per head</li></ul>"\t',
      'Xy#9!\tCloze\tML::Basics\tThe softmax of \\(z_i\\) is {{c1::\\(\\frac{e^{z_i} }{\\sum_j e^{z_j} }\\)::formula}}; its outputs sum to {{c2::1}}.\t<i>See also</i> \\[\\sum_i p_i = 1\\]\t',
      'code-1\tBasic\tML::Basics\tDouble it:\t"<pre><code class=""language-python"">def f(x):',
      '    return x * 2  # doubles',
      '</code></pre>"\t',
      '',
    );
    const result = importClean(text, { rounds: ['coding', 'ml-fundamentals'] });
    assert.deepEqual(result.skipped, []);
    assert.equal(result.notes, 4);
    assert.equal(
      result.markdown,
      file(
        '---',
        'title: Basics',
        'description: Imported from the Anki deck ML::Basics.',
        // The note's own tag: the deck format has no per-card tags, so the deck takes them.
        'tags: [anki, math]',
        'rounds: [coding, ml-fundamentals]',
        '---',
        '',
        '## What is 2 + 2? {#what-is-2-2-0puweh3}',
        '',
        'What is **2 + 2**?\\',
        'Answer *briefly*.',
        '',
        '?',
        '',
        'It is 4.\\',
        'Not 5.',
        '',
        '## KV cache {#kv-cache reversed}',
        '',
        'KV cache',
        '',
        '??',
        '',
        'Keys and "values" of past tokens:\\',
        '`O(n d)` memory',
        '',
        '- per layer',
        '- per head',
        '',
        '## The softmax of $z_i$ is $\\frac{e^{z_i} }{\\sum_j e^{z_j} }$… {#the-softmax-of-is-0meq92d}',
        '',
        'The softmax of $z_i$ is {{c1::$\\frac{e^{z_i} }{\\sum_j e^{z_j} }$::formula}}; its outputs sum to {{c2::1}}.',
        '',
        '*See also*',
        '',
        '$$\\sum_i p_i = 1$$',
        '',
        '## Double it: {#code-1}',
        '',
        'Double it:',
        '',
        '?',
        '',
        '```python',
        'def f(x):',
        '    return x * 2  # doubles',
        '```',
        '',
      ),
    );
    assert.deepEqual(
      result.parsed.cards.map((card) => [card.id, card.kind]),
      [
        ['what-is-2-2-0puweh3', 'basic'],
        ['kv-cache', 'reversed'],
        ['kv-cache:reverse', 'reversed'],
        ['the-softmax-of-is-0meq92d:c1', 'cloze'],
        ['the-softmax-of-is-0meq92d:c2', 'cloze'],
        ['code-1', 'basic'],
      ],
    );
    assert.equal(result.parsed.cards[3]?.front.startsWith('The softmax of $z_i$ is [formula]; its outputs sum to 1.'), true);
  });

  it('reads the header lines: named and literal separators, html:false, a note type for all rows, rows without one as Basic', () => {
    const comma = importClean(file('#separator:comma', '#html:false', 'front one,"back, with comma"', 'x < y & z,"line 1', 'line 2"'));
    assert.deepEqual(sides(comma.parsed.cards), [
      { id: comma.parsed.cards[0]?.id ?? '', kind: 'basic', front: 'front one', back: 'back, with comma' },
      { id: comma.parsed.cards[1]?.id ?? '', kind: 'basic', front: 'x &lt; y &amp; z', back: 'line 1<br>line 2' },
    ]);

    const piped = importClean(file('#separator:|', '#notetype:Cloze', '#deck:Geography', 'Capital of France: {{c1::Paris}}|Extra'));
    assert.match(piped.markdown, /^title: Geography$/m);
    assert.deepEqual(piped.parsed.cards.map((card) => [card.id.replace(/^.*:/, ''), card.kind, card.front]), [['c1', 'cloze', 'Capital of France: […]\n\nExtra']]);

    const semicolon = importClean(file('#separator:Semicolon', 'q;a', 'only one field'), { title: 'My deck' });
    assert.match(semicolon.markdown, /^title: My deck$/m);
    assert.equal(semicolon.notes, 1);
    assert.deepEqual(semicolon.skipped, [{ line: 3, reason: "A row needs a front and a back, separated by the file's separator" }]);
  });

  it('guesses a missing separator and html setting, and takes a legacy tags: first line as a header line', () => {
    const result = importClean(file('tags:old', 'Front<br>two\tBack'));
    assert.equal(result.notes, 1);
    assert.deepEqual(sides(result.parsed.cards).map(({ front, back }) => [front, back]), [['Front<br>two', 'Back']]);
  });

  it('skips other note types, empty fields, broken clozes and unclosed quotes, each with its line and reason', () => {
    const result = importClean(
      ankiFile([
        ['Image Occlusion', 'io-1', 'x', 'y', ''],
        ['Basic', 'empty-front', ' <br> ', 'y', ''],
        ['Basic (and reversed card)', 'empty-back', 'x', '&nbsp;', ''],
        ['Cloze', 'no-cloze', 'No deletion here', '', ''],
        ['Cloze', 'nested', '{{c1::outer {{c2::inner}} text}}', '', ''],
        ['Cloze', 'open', '{{c1::never closed', '', ''],
        ['Cloze', 'empty', 'Empty {{c1::}} answer', '', ''],
        ['Cloze', 'braces', 'TeX {{c1::\\(\\frac{a}{b}}\\)}} cut short', '', ''],
        ['Cloze', 'brace', 'Brace {{c1::{x}}}, as Anki reads it', '', ''],
        ['', 'no-type', 'x', 'y', ''],
        ['Basic', 'fine', 'x', 'y', ''],
        ['Basic', 'unclosed', '"x', 'y', ''],
      ]),
    );
    assert.equal(result.notes, 2);
    assert.deepEqual(result.parsed.cards.map((card) => [card.id, card.front]), [
      ['brace:c1', 'Brace […]}, as Anki reads it'],
      ['fine', 'x'],
    ]);
    assert.deepEqual(
      result.skipped.map(({ line, reason }) => [line, reason.replace(/:.*$/, '')]),
      [
        [6, 'Note type "Image Occlusion" is not supported'],
        [7, 'The front (first field) is empty'],
        [8, 'The back (second field) is empty'],
        [9, 'The Cloze note has no {{c1'],
        [10, 'Cloze {{c1'],
        [11, 'Cloze {{c1'],
        [12, 'Converted to Markdown, this note would not load'],
        [13, 'Converted to Markdown, this note would not load'],
        [15, 'The row has no note type'],
        [17, 'A quoted field is never closed'],
      ],
    );
    assert.match(result.skipped[4]?.reason ?? '', /another cloze inside it/);
    assert.match(result.skipped[6]?.reason ?? '', /Cloze c1 has no answer/);
    assert.match(result.skipped[7]?.reason ?? '', /more \{ than \}/);
  });

  it('Basic (optional reversed card) is reversed only when its Add Reverse field has text', () => {
    const result = importClean(
      ankiFile([
        ['Basic (optional reversed card)', 'one-way', 'Q', 'A', ' <br> '],
        ['basic (OPTIONAL reversed card)', 'two-way', 'Term', 'Meaning', 'y'],
      ], ['#separator:tab', '#html:true', '#notetype column:1', '#guid column:2']),
    );
    assert.deepEqual(result.parsed.cards.map((card) => [card.id, card.kind]), [
      ['one-way', 'basic'],
      ['two-way', 'reversed'],
      ['two-way:reverse', 'reversed'],
    ]);
  });

  it('ids: a valid guid is kept; otherwise a slug and a hash, the same on every import; clashes get a suffix', () => {
    const text = ankiFile([
      ['Basic', 'w2v-cbow', 'CBOW', 'Context to centre', ''],
      ['Basic', 'Q#x!9_', 'What does <b>CBOW</b> average, and why is it fast on big corpora?', 'Context vectors', ''],
      ['Basic', '', '日本語の質問', '答え', ''],
      ['Basic', 'w2v-cbow', 'CBOW again', 'Same guid', ''],
    ]);
    const first = importClean(text);
    const ids = first.parsed.cards.map((card) => card.id);
    assert.equal(ids[0], 'w2v-cbow');
    assert.match(ids[1] ?? '', /^what-does-cbow-average-and-[0-9a-z]{7}$/);
    assert.match(ids[2] ?? '', /^anki-[0-9a-z]{7}$/);
    assert.equal(ids[3], 'w2v-cbow-2');
    assert.deepEqual(importClean(text).parsed.cards.map((card) => card.id), ids);

    const again = importClean(text, { existingIds: new Set(['w2v-cbow', 'w2v-cbow-2']) });
    assert.deepEqual(again.parsed.cards.map((card) => card.id), ['w2v-cbow-3', ids[1], ids[2], 'w2v-cbow-4']);
  });

  it('titles: the first line as plain text, clozes showing their answers, cut near 60 characters at a word', () => {
    const result = importClean(
      ankiFile([
        ['Basic', 'long', 'A fairly long question about <i>regularisation</i> that goes on well past sixty characters<br>second line', 'A', ''],
        ['Cloze', 'cloze', '<div>The {{c1::bias::hint}} term {#not-an-id}</div><div>more</div>', '', ''],
        ['Basic', 'math-only', '\\(x\\)', 'A', ''],
        ['Basic', 'image', '<img src="diagram.png">', 'A', ''],
      ]),
    );
    assert.deepEqual(result.parsed.cards.map((card) => card.title), [
      'A fairly long question about regularisation that goes on…',
      'The bias term {#not-an-id}',
      '$x$',
      '[image: diagram.png]',
    ]);
  });

  it('nasty fields load exactly as written: no stray separator, heading, cloze, math, list or link', () => {
    const fields: [string, string][] = [
      ['Sides<br>?<br>??<br>&nbsp;?&nbsp;', 'Back'],
      ['<div>## Not a card {#evil}</div><div># h1</div><div>Title</div><div>---</div><div>===</div>', 'ok'],
      ['Sets {#x} and {a, b}', 'a }} b {{ c and {{c1::not a cloze}}'],
      ['Costs $5 and $10, or $x$ as written', 'Tilde ~~not struck~~ and pipes | a | b |'],
      ['*not emphasis* and _not_ either, snake_case stays', '`not code` and [not](a link) and &lt;https://not.auto&gt;'],
      ['<div>1. not a list</div><div>- not a list</div><div>+ nor this</div><div>&gt; not a quote</div>', '&amp;amp; stays &amp;amp; and a backslash C:\\path\\'],
      ['<div>```</div><div>not a fence</div><div>~~~</div>', '    four spaces<br>\tand a tab'],
      ['Unicode: ünïcödé 😀 中文 עברית', '"quoted" and \'single\''],
      ['<pre>? line\n## heading line\n```\ncode {{c1::x}}</pre>', 'Code with a fence inside'],
    ];
    const result = importClean(ankiFile(fields.map(([front, back], index) => ['Basic', `nasty-${index}`, `"${front.replace(/"/g, '""')}"`, `"${back.replace(/"/g, '""')}"`, ''])));
    const cards = result.parsed.cards;
    // The last one holds `{{c1::` in code, which no escape can hide from the cloze reader.
    assert.deepEqual(cards.map((card) => card.id), fields.slice(0, -1).map((_, index) => `nasty-${index}`));
    assert.deepEqual(result.skipped.map((skip) => skip.line), [14]);
    assert.match(result.skipped[0]?.reason ?? '', /in code, where no escape can keep the deck from reading it as a cloze/);
    assert.deepEqual(
      cards.map((card) => [visible(card.front), visible(card.back)]),
      [
        ['Sides ? ?? ?', 'Back'],
        ['## Not a card {#evil} # h1 Title --- ===', 'ok'],
        ['Sets {#x} and {a, b}', 'a }} b {{ c and {{c1::not a cloze}}'],
        ['Costs $5 and $10, or $x$ as written', 'Tilde ~~not struck~~ and pipes | a | b |'],
        ['*not emphasis* and _not_ either, snake_case stays', '`not code` and [not](a link) and <https://not.auto>'],
        ['1. not a list - not a list + nor this > not a quote', '&amp; stays &amp; and a backslash C:\\path\\'],
        ['``` not a fence ~~~', 'four spaces and a tab'],
        ['Unicode: ünïcödé 😀 中文 עברית', '"quoted" and \'single\''],
      ],
    );
    assert.ok(!/<(em|strong|code|a|h\d|ul|ol|li|blockquote|hr|del|s|table)\b/.test(cards.map((card) => renderAnkiField(card.front) + renderAnkiField(card.back)).join('')));
  });

  it('MathJax: inline and display, TeX spanning tags, a digit after the formula, `$` and `{{` inside, clozes in math and math in clozes', () => {
    const result = importClean(
      ankiFile([
        ['Basic', 'tex', 'Inline \\(x&lt;y\\)5 and \\(a<br>+ b\\) and \\(\\text{\\$}{{a}}\\) and \\(a \\\\\\)', 'Display \\[\\int_0^1 f\\] after', ''],
        ['Cloze', 'mixed', '{{c1::\\(x^2\\)}} and \\(y = {{c2::2}}\\)', '', ''],
        ['Basic', 'pre-tex', '<code>\\(not math\\)</code> <code>{{ name }}</code> <code>{{c1::x}}</code>', '\\(unclosed', ''],
      ]),
    );
    assert.deepEqual(result.skipped, []);
    const cards = result.parsed.cards;
    const tex = cards[0];
    const pre = cards[3];
    assert.equal(tex?.front, 'Inline $x<y$ 5 and $a + b$ and $\\text{\\$}{ {a}}$ and $a \\\\{}$');
    assert.equal(tex.back, 'Display\n\n$$\\int_0^1 f$$\n\nafter');
    assert.deepEqual(result.parsed.cards.filter((card) => card.kind === 'cloze').map((card) => card.front), ['[…] and $y = 2$', '$x^2$ and $y = […]$']);
    assert.equal(pre?.front, '`\\(not math\\)` `{{ name }}` \\{\\{c1::x}}');
    assert.equal(pre.back, '\\\\(unclosed');
  });

  it('lists: nested, ordered from a start number, with emphasis across a line break', () => {
    const result = importClean(
      ankiFile([['Basic', 'lists', 'Lists', '<ol start="3"><li>three<ul><li>nested <b>bold<br>still</b></li></ul></li><li>four</li></ol><p>after</p>', '']]),
    );
    assert.equal(result.parsed.cards[0]?.back, file('3. three', '   - nested **bold**\\', '     **still**', '4. four', '', 'after'));
  });

  it('tables, quotes, links, headings, rules and strikethrough become their Markdown, never a card heading', () => {
    const result = importClean(
      ankiFile([
        [
          'Basic',
          'blocks',
          '<h2>Setup {#not-an-id}</h2><h3>Details</h3><blockquote>Quoted <a href="https://example.com/a_(b)">link</a><ul><li>in a quote</li></ul></blockquote><hr><s>gone</s>',
          '<table><tr><th></th><th style="text-align:right">Rate</th></tr><tr><td>A | B</td><td>\\(|x|\\)</td></tr><tr><td><code>a|b</code></td></tr></table>',
          '',
        ],
      ]),
    );
    const [card] = result.parsed.cards;
    assert.ok(card);
    assert.equal(
      card.front,
      file('Setup {\\#not-an-id}', '---', '', '### Details', '', '> Quoted [link](<https://example.com/a_(b)>)', '>', '> - in a quote', '', '---', '', '~~gone~~'),
    );
    assert.equal(card.back, file('|  | Rate |', '| --- | ---: |', '| A \\| B | $\\|x\\|$ |', '| `a\\|b` |  |'));
    assert.equal(
      renderAnkiField(card.front),
      '<h2>Setup {#not-an-id}</h2><h3>Details</h3><blockquote><p>Quoted <a href="https://example.com/a_(b)">link</a></p><ul><li>in a quote</li></ul></blockquote><hr><p><s>gone</s></p>',
    );
    assert.equal(
      renderAnkiField(card.back),
      '<table><thead><tr><th></th><th style="text-align:right">Rate</th></tr></thead><tbody><tr><td>A | B</td><td style="text-align:right">\\(|x|\\)</td></tr><tr><td><code>a|b</code></td><td style="text-align:right"></td></tr></tbody></table>',
    );
  });

  it('code and headings inside list items stay in the item; adjacent lists stay apart', () => {
    const result = importClean(
      ankiFile([
        // A quoted field may span lines.
        ['Basic', 'items', 'Items', '"<ul><li><h2>Step</h2><pre>run()\n  ?</pre></li><li>next</li></ul><ul><li>other list</li></ul><blockquote><pre>quoted code</pre></blockquote>"', ''],
      ]),
    );
    assert.equal(result.parsed.cards[0]?.back, file('- ## Step', '', '  ```', '  run()', '    ?', '  ```', '', '- next', '* other list', '', '```', 'quoted code', '```'));
  });

  it('a file with no usable row still gives a deck file, which only warns that it has no cards; an empty rounds list is refused', () => {
    const result = importAnkiText(ankiFile([['Image Occlusion', 'x', 'y', 'z', '']]), { rounds: ['coding'] });
    assert.equal(result.notes, 0);
    assert.deepEqual(parse(result.markdown).diagnostics.map((diagnostic) => diagnostic.code), ['deck-no-cards']);
    assert.match(result.markdown, /^title: Imported from Anki$/m);
    assert.throws(() => importAnkiText('', { rounds: [] }), RangeError);
  });
});

describe('Anki round trip', () => {
  const folder = path.join(repositoryRoot(), 'flashcards');
  const files = fs.readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md').sort();

  function roundTrip(text: string, name: string): void {
    const original = parseDeck(text, { file: name });
    const exported = exportAnkiText(text, { file: name });
    assert.equal(exported.notes, new Set(original.cards.map((card) => card.noteId)).size, name);
    const imported = importAnkiText(exported.text, { rounds: original.deck?.rounds.length ? original.deck.rounds : ['coding'] });
    assert.deepEqual(imported.skipped, [], name);
    const parsed = parse(imported.markdown);
    assert.deepEqual(parsed.diagnostics, [], `${name}\n${imported.markdown}`);
    assert.equal(parsed.deck?.title, original.deck?.title, name);
    assert.deepEqual(sides(parsed.cards), sides(original.cards), name);
  }

  it('there are seed decks to test', () => {
    assert.ok(files.length >= 4, files.join(', '));
  });

  it('every seed deck comes back with the same cards: ids, kinds, and sides down to each word, formula and cloze', function () {
    // Every built-in deck (569 cards) exported, imported and parsed twice: about 1 s alone,
    // more than mocha's 2 s default on a busy 2-core machine.
    this.timeout(20_000);
    for (const name of files) roundTrip(fs.readFileSync(path.join(folder, name), 'utf8'), name);
  });

  it('so does a deck of Markdown that is hard to write back: escapes, lists, quotes, tables, headings, code, hard breaks, clozes in TeX', () => {
    roundTrip(
      file(
        ...header,
        '## Escapes {#escapes}',
        'A \\*literal\\* star, a snake_case name, `code with $ and *`, a \\$5 price and \\[brackets\\].',
        'Line with a hard break\\',
        'and `` a `tick` inside ``.',
        '?',
        '1. first',
        '2. second',
        '   - nested with $x_i$',
        '',
        '> quoted **bold** text',
        '',
        '```',
        '?',
        '## not a heading',
        '```',
        '## Reversed {#rev reversed}',
        'Term with [a link](https://example.com)',
        '??',
        '# A heading inside',
        '',
        'Definition, then an image: ![alt](pic.png)',
        '## Blocks {#blocks}',
        '### A heading',
        '',
        '> A quote with [a link](https://example.com/x_(y)) and ~~struck~~ text',
        '>',
        '> 1. quoted item',
        '',
        '| Metric | Value |',
        '| :-- | --: |',
        '| $|x|$ | `a\\|b` |',
        '',
        '---',
        '',
        '?',
        '',
        'Setext heading',
        '---',
        '',
        '- item with code:',
        '',
        '  ```python',
        '  print("?")',
        '  ```',
        '- ### heading in an item',
        '',
        '* a second list',
        '## Cloze in TeX {#cloze-tex}',
        'Scores are scaled by {{c1::$\\frac{1}{\\sqrt{d_k} }$::a factor}} and $\\sigma = {{c2::1}}$ holds.',
        '',
        '- {{c3::listed}} item',
      ),
      'tricky.md',
    );
  });
});

describe('Anki import, as Anki files notes: deck title, tags, images', () => {
  it('the deck is titled after the export\'s #deck header (its last part), or the deck column of its first note, unless a title is asked for', () => {
    const headed = file('#separator:tab', '#html:true', '#deck:Interview::Transformers', 'Front\tBack', '');
    assert.equal(ankiDeckTitle(headed), 'Transformers');
    assert.equal(importClean(headed).title, 'Transformers');
    assert.match(importClean(headed).markdown, /^title: Transformers$/m);
    const column = file('#separator:tab', '#html:true', '#notetype column:1', '#deck column:2', 'Basic\tML::Attention\t"Multi-line', 'front"\tBack', 'Basic\tOther\tF\tB', '');
    assert.equal(ankiDeckTitle(column), 'Attention');
    assert.equal(importClean(column).title, 'Attention');
    assert.equal(importClean(column, { title: 'My title' }).title, 'My title');
    assert.equal(ankiDeckTitle(file('#separator:tab', 'Front\tBack', '')), undefined);
  });

  it('the notes\' tags and the #tags header are kept as the deck\'s tags (most used first, no loop-prep marker)', () => {
    const text = file('#separator:tab', '#html:true', '#tags:vocab', '#notetype column:1', '#tags column:4', 'Basic\tF1\tB1\tnlp ml::attention', 'Basic\tF2\tB2\tml::attention loop-prep', 'Basic\tF3\tB3\t', '');
    const result = importClean(text);
    assert.deepEqual(result.tags, ['anki', 'vocab', 'ml::attention', 'nlp']);
    assert.deepEqual(result.parsed.deck?.tags, ['anki', 'vocab', 'ml::attention', 'nlp']);
  });

  it('an image whose file is in the media becomes a Markdown image of its copy; others stay as [image: …] text and are listed as dropped', () => {
    const text = ankiFile([
      ['Basic', 'g1', 'Architecture: <img src="diagram one.png" alt="The [model]">', 'Answer <img src=\'missing.png\'>', ''],
      ['Basic', 'g2', '<img src="https://example.com/x.png"> remote', '<img src="../escape.png"> path', ''],
      ['Basic', 'g3', 'Again <img src="diagram one.png">', 'B', ''],
    ]);
    const result = importClean(text, { media: { available: new Set(['diagram one.png', 'escape.png', 'unused.png']), folder: 'deck-media' } });
    assert.deepEqual(result.images, ['diagram one.png']);
    assert.deepEqual(result.droppedImages, ['missing.png', 'https://example.com/x.png', '../escape.png']);
    assert.match(result.markdown, /^Architecture: !\[The model\]\(deck-media\/diagram%20one\.png\)$/m);
    assert.match(result.markdown, /^Answer \\\[image: missing\.png\]$/m);
    assert.match(result.markdown, /^Again !\[\]\(deck-media\/diagram%20one\.png\)$/m);
  });

  it('without media every image is dropped and listed; a skipped note\'s images are not', () => {
    const text = ankiFile([
      ['Basic', 'g1', 'Q <img src="a.png">', 'A', ''],
      ['Unknown type', 'g2', '<img src="b.png">', 'A', ''],
    ]);
    const result = importClean(text);
    assert.equal(result.notes, 1);
    assert.deepEqual(result.images, []);
    assert.deepEqual(result.droppedImages, ['a.png']);
  });
});
