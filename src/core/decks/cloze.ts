/** One well-formed `{{cN::answer}}` or `{{cN::answer::hint}}` in a text. */
export interface Cloze {
  /** The N of `cN` (1 or more). */
  readonly index: number;
  readonly answer: string;
  readonly hint: string | undefined;
  /** Offset of the opening `{{` in the text. */
  readonly start: number;
  /** Offset just after the closing `}}`. */
  readonly end: number;
}

/** A `{{cN::` that does not make a usable cloze, left in the text as written. */
export interface ClozeProblem {
  readonly kind: 'unclosed' | 'nested' | 'zero-index';
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** The clozes of a text, in order, and the openings that are not well formed. */
export interface ClozeScan {
  readonly clozes: readonly Cloze[];
  readonly problems: readonly ClozeProblem[];
}

/**
 * Finds Anki-style clozes. Like Anki, a cloze ends at the first `}}` and its hint starts at
 * the first `::`, so an answer cannot contain `::`, and TeX whose braces close as `}}`
 * inside a cloze must be written `} }` (TeX ignores the space).
 */
export function scanClozes(text: string): ClozeScan {
  const clozes: Cloze[] = [];
  const problems: ClozeProblem[] = [];
  // A fresh regex per call: `lastIndex` is state, and it is moved past each cloze below.
  const clozeOpening = /\{\{c(\d+)::/g;
  // The first `}}` at or after the last place looked from, and where none is left: looking
  // from each of 200,000 unclosed openings to the end of the text was quadratic.
  let nextClose = -1;
  let noCloseFrom = Infinity;
  let match: RegExpExecArray | null;
  while ((match = clozeOpening.exec(text)) !== null) {
    const start = match.index;
    const index = Number(match[1]);
    const contentStart = start + match[0].length;
    if (contentStart < noCloseFrom && nextClose < contentStart) {
      nextClose = text.indexOf('}}', contentStart);
      if (nextClose < 0) noCloseFrom = contentStart;
    }
    const close = contentStart < noCloseFrom ? nextClose : -1;
    if (close < 0) {
      problems.push({ kind: 'unclosed', index, start, end: contentStart });
      continue;
    }
    const end = close + 2;
    const content = text.slice(contentStart, close);
    clozeOpening.lastIndex = end;
    if (/\{\{c\d+::/.test(content)) {
      problems.push({ kind: 'nested', index, start, end });
    } else if (index < 1) {
      problems.push({ kind: 'zero-index', index, start, end });
    } else {
      const hintAt = content.indexOf('::');
      clozes.push({
        index,
        answer: hintAt < 0 ? content : content.slice(0, hintAt),
        hint: hintAt < 0 ? undefined : content.slice(hintAt + 2),
        start,
        end,
      });
    }
  }
  return { clozes, problems };
}

/** Both sides of cloze `n`, from clozes already scanned (the parser scans each note once). */
export function clozeSides(text: string, clozes: readonly Cloze[], n: number): { front: string; back: string } {
  let front = '';
  let back = '';
  let from = 0;
  for (const cloze of clozes) {
    const between = text.slice(from, cloze.start);
    from = cloze.end;
    if (cloze.index !== n) {
      front += between + cloze.answer;
      back += between + cloze.answer;
      continue;
    }
    const hint = cloze.hint?.trim();
    front += between + (hint ? `[${hint}]` : '[…]');
    // `** x **` is not emphasis in CommonMark, so surrounding spaces go outside the markers.
    const inner = cloze.answer.trim();
    if (inner === '') {
      back += between + cloze.answer;
    } else {
      const leading = cloze.answer.slice(0, cloze.answer.indexOf(inner));
      back += `${between}${leading}**${inner}**${cloze.answer.slice(leading.length + inner.length)}`;
    }
  }
  const rest = text.slice(from);
  return { front: front + rest, back: back + rest };
}

/** The question side of cloze `n`: that cloze becomes `[hint]` or `[…]`, the others show their answer. */
export function clozeFront(text: string, n: number): string {
  return clozeSides(text, scanClozes(text).clozes, n).front;
}

/** The answer side of cloze `n`: every cloze shows its answer, cloze `n`'s emphasised with `**…**`. */
export function clozeBack(text: string, n: number): string {
  return clozeSides(text, scanClozes(text).clozes, n).back;
}
