// zod/mini: the same schemas, tree-shaken; full zod would add ~400 KB to each bundle.
import * as z from 'zod/mini';

// The typed message protocol between the Timer view and the extension host. Both sides
// import this file; the host validates every inbound message with these schemas.

/** What the Timer view shows. The host owns it; the view only renders it. */
export const TimerViewState = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle') }),
]);
export type TimerViewState = z.infer<typeof TimerViewState>;

/** Messages the webview sends to the host. */
export const TimerRequest = z.discriminatedUnion('type', [
  /** The script has loaded and wants the current state. */
  z.object({ type: z.literal('ready') }),
  /** The user pressed a button that runs one of the allowlisted commands. */
  z.object({ type: z.literal('runCommand'), command: z.enum(['loopPrep.openSettings']) }),
]);
export type TimerRequest = z.infer<typeof TimerRequest>;

/** Messages the host sends to the webview. */
export const TimerNotification = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state'), state: TimerViewState }),
]);
export type TimerNotification = z.infer<typeof TimerNotification>;
