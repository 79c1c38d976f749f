/**
 * "1 round", "3 rounds", "0 items": a count with its noun, plural unless the count is one.
 * `pluralNoun` is for nouns that do not take an s ("1 story", "2 stories").
 */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
