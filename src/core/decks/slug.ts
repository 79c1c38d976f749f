/**
 * Lowercase ASCII words of `text` joined by hyphens, at most `maxLength` characters: the
 * shape of card ids and deck file names. Accents are dropped ("Résumé" → "resume"); the
 * result is empty when nothing is left.
 */
export function slugify(text: string, maxLength: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}
