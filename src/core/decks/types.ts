/** A span of a file, 0-based like a VS Code `Range`; columns count UTF-16 code units. */
export interface SourceRange {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** What went wrong in a deck file. Each code is explained in flashcards/README.md. */
export type DeckDiagnosticCode =
  | 'deck-empty'
  | 'deck-no-cards'
  | 'deck-duplicate-id'
  | 'front-matter-missing'
  | 'front-matter-unclosed'
  | 'front-matter-yaml'
  | 'front-matter-invalid'
  | 'front-matter-unknown-key'
  | 'unknown-round'
  | 'card-missing-id'
  | 'card-invalid-id'
  | 'card-duplicate-id'
  | 'card-unknown-option'
  | 'card-wrong-heading-level'
  | 'card-missing-separator'
  | 'card-extra-separator'
  | 'card-separator-mismatch'
  | 'card-empty-front'
  | 'card-empty-back'
  | 'cloze-with-separator'
  | 'cloze-reversed'
  | 'cloze-too-many'
  | 'cloze-empty'
  | 'cloze-malformed'
  | 'cloze-misspelled'
  | 'cloze-unbalanced-braces'
  | 'code-fence-unclosed'
  | 'parse-failed';

/**
 * A problem in a deck. An `error` means something was not loaded as written (a card is
 * skipped, or a front-matter field falls back to its default); a `warning` means it
 * loaded, but probably not as the author meant.
 */
export interface DeckDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly range: SourceRange;
  readonly code: DeckDiagnosticCode;
  /** The corrections the message names, when the parser can write them out (quick fixes). */
  readonly fixes?: readonly DeckFix[];
}

/** One change to a file's text: `range` (as parsed) becomes `newText`. */
export interface SourceEdit {
  readonly range: SourceRange;
  readonly newText: string;
}

/** A correction for a diagnostic, as edits to the file it was found in. */
export interface DeckFix {
  /** What the fix does, as a quick-fix menu shows it. */
  readonly title: string;
  readonly edits: readonly SourceEdit[];
  /** The one fix that is clearly right (the editor applies it with a single key). */
  readonly preferred: boolean;
}

/** A diagnostic that names its file, for problems that span several decks. */
export interface DeckFileDiagnostic extends DeckDiagnostic {
  readonly file: string;
}

/** A deck's metadata, from its front matter (with fallbacks where that is unusable). */
export interface Deck {
  /** The file name without `.md`. */
  readonly id: string;
  readonly file: string;
  /** Falls back to the file name when the front matter has no usable title. */
  readonly title: string;
  readonly description?: string;
  readonly tags: readonly string[];
  /** The round ids the deck serves; empty when the front matter has none usable. */
  readonly rounds: readonly string[];
}

/** How a card was written: a question/answer pair, a two-way note, or a cloze deletion. */
export type CardKind = 'basic' | 'reversed' | 'cloze';

/** Where a card is written. */
export interface CardSource {
  readonly file: string;
  /** The 0-based line of the card's `##` heading. */
  readonly line: number;
  /** Where `#id` is written in the heading, so cross-deck diagnostics can point at it. */
  readonly idRange: SourceRange;
}

/** One reviewable card. A reversed note gives two cards, a cloze note one per cloze number. */
export interface Card {
  /** The scheduling id: `id`, `id:reverse`, or `id:c1`, `id:c2`, …. */
  readonly id: string;
  /** The id written in the heading, shared by every card of the note. */
  readonly noteId: string;
  /** The deck's file name without `.md`. */
  readonly deckId: string;
  readonly kind: CardKind;
  readonly title: string;
  /** Markdown (TeX and fenced code verbatim), rendered elsewhere. */
  readonly front: string;
  /** Markdown (TeX and fenced code verbatim), rendered elsewhere. */
  readonly back: string;
  /** The cloze number (the 2 of `{{c2::…}}`), for cloze cards only. */
  readonly clozeIndex?: number;
  readonly source: CardSource;
}

/** Everything read from one deck file: its metadata, the cards that loaded, and the problems. */
export interface ParsedDeck {
  readonly file: string;
  /** Undefined only when the file has neither front matter nor any card (so is not a deck). */
  readonly deck: Deck | undefined;
  readonly cards: readonly Card[];
  readonly diagnostics: readonly DeckDiagnostic[];
}
