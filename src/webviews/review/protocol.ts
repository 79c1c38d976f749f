// zod/mini: the same schemas, tree-shaken; full zod would add ~400 KB to each bundle.
import * as z from 'zod/mini';

// The typed message protocol between the Review panel and the extension host. Both
// sides import this file; the host validates every inbound message with these schemas.

const grade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** One card as the panel shows it: Markdown the panel renders itself. */
export const ReviewCard = z.object({
  id: z.string(),
  deckTitle: z.string(),
  title: z.string(),
  front: z.string(),
  back: z.string(),
  /** Where the card's deck folder is served in this webview (ends in `/`): its images load from there only. */
  imageBase: z.optional(z.string()),
});
export type ReviewCard = z.infer<typeof ReviewCard>;

/** A grade button: its grade, name and the interval it would schedule ("10m", "4d"). */
export const GradeButton = z.object({ grade, name: z.string(), interval: z.string() });
export type GradeButton = z.infer<typeof GradeButton>;

/** Where a card is in its life, as the card's marker names it. */
export const CardStage = z.union([z.literal('new'), z.literal('learning'), z.literal('review'), z.literal('relearning')]);
export type CardStage = z.infer<typeof CardStage>;

/** A card the panel will show after the current one, question side first. */
export const UpcomingCard = z.object({ card: ReviewCard, stage: CardStage });
export type UpcomingCard = z.infer<typeof UpcomingCard>;

const progress = z.object({ reviewed: z.number(), remaining: z.number() });

/** What the Review panel shows. The host owns it; the panel only renders it. */
export const ReviewViewState = z.discriminatedUnion('status', [
  z.object({ status: z.literal('loading') }),
  z.object({
    status: z.literal('card'),
    card: ReviewCard,
    stage: CardStage,
    revealed: z.boolean(),
    grades: z.array(GradeButton),
    progress,
    canUndo: z.boolean(),
    /** Space and Enter grade Good on the answer side (the setting loopPrep.flashcards.spaceGradesGood). */
    spaceGradesGood: z.boolean(),
    /** A card opened to look at (a checklist's card link): no grade is taken, nothing is recorded. */
    preview: z.optional(z.boolean()),
    /** The next cards of the queue, in order: a grade paints the first at once, before the host replies. */
    upcoming: z.array(UpcomingCard),
    /** Why the last grade was not recorded (the card is back on screen), if it was not. */
    notice: z.optional(z.string()),
  }),
  z.object({
    status: z.literal('done'),
    progress,
    /** When the next card is due (epoch ms), if any card is scheduled. */
    nextDue: z.optional(z.number()),
    canUndo: z.boolean(),
  }),
]);
export type ReviewViewState = z.infer<typeof ReviewViewState>;

/** Messages the panel sends to the host. */
export const ReviewRequest = z.discriminatedUnion('type', [
  /** The script has loaded and wants the current state. */
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('reveal'), cardId: z.string() }),
  z.object({ type: z.literal('grade'), cardId: z.string(), grade }),
  z.object({ type: z.literal('undo') }),
  /** Open the shown card's source at its line. */
  z.object({ type: z.literal('edit'), cardId: z.string() }),
  /** The queue is empty: ask what to study beyond today's plan (Study More…). */
  z.object({ type: z.literal('studyMore') }),
  /** Leave a preview for the review queue. */
  z.object({ type: z.literal('endPreview') }),
  /** Close the panel (from a preview). */
  z.object({ type: z.literal('close') }),
]);
export type ReviewRequest = z.infer<typeof ReviewRequest>;

/** Messages the host sends to the panel. */
export const ReviewNotification = z.discriminatedUnion('type', [z.object({ type: z.literal('state'), state: ReviewViewState })]);
export type ReviewNotification = z.infer<typeof ReviewNotification>;
