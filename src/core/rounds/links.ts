import type { SourceRange } from '../decks/types';

// Links from loops, cases and questions to decks, cards and practice problems, and their
// check. Kept apart from the YAML parsers: the extension's start-up bundle checks a loop's
// links (once the decks are in) without loading the parsers.

export type ContentLink = { readonly deck: string } | { readonly card: string } | { readonly problem: string };

/** What links may point at; a link to anything else is a warning. Leave a set out to skip its check. */
export interface LinkTargets {
  readonly decks?: ReadonlySet<string>;
  readonly cards?: ReadonlySet<string>;
  readonly problems?: ReadonlySet<string>;
}

/** The kind and target of a link, and whether the targets say it does not exist. */
export function unknownLink(link: ContentLink, targets: LinkTargets): string | undefined {
  const [kind, target, known] = 'deck' in link ? ['deck', link.deck, targets.decks] : 'card' in link ? ['card', link.card, targets.cards] : ['problem', link.problem, targets.problems];
  return known && !known.has(target) ? `No ${kind} has the id "${target}"` : undefined;
}

/**
 * A warning for each link the targets say does not exist, at the link. Separate from the
 * parse, so a loop loads without waiting for the decks, and its links are checked once
 * they are in.
 */
export function unknownLinks(links: readonly { readonly link: ContentLink; readonly range: SourceRange }[], targets: LinkTargets): { severity: 'warning'; code: 'unknown-link'; message: string; range: SourceRange }[] {
  return links.flatMap(({ link, range }) => {
    const unknown = unknownLink(link, targets);
    return unknown ? [{ severity: 'warning' as const, code: 'unknown-link' as const, message: unknown, range }] : [];
  });
}
