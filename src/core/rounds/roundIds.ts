/**
 * The round ids decks may name in their `rounds:` front matter: the rounds of the
 * interview loops in the seeds (online assessment, coding with a project deep dive,
 * ML fundamentals, system design, hiring manager, behavioral). The rounds feature will
 * derive this set from the loop templates.
 */
export const knownRoundIds: ReadonlySet<string> = new Set([
  'online-assessment',
  'coding',
  'project-deep-dive',
  'ml-fundamentals',
  'system-design',
  'hiring-manager',
  'behavioral',
]);
