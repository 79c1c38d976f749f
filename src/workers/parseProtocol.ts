import type { ParseRequest } from '../core/parseRequests';
import type { LinkTargets } from '../core/rounds/links';

// The messages between the extension host (src/features/contentParser.ts) and the parser
// worker (parseWorker.ts). Types only: each side's bundle holds none of the other's code.

/** Where a list is in a result: the keys and indexes from the result down to it. */
export type ListPath = readonly (string | number)[];

/** To the worker. */
export type ToParseWorker =
  /**
   * Link targets (every deck, card and problem id) that several requests share: sent once
   * and named by `id` (cloning 100,000 card ids costs the host about 20 ms each time).
   */
  | { readonly type: 'targets'; readonly id: number; readonly targets: LinkTargets }
  /** A file to parse; `targets`, when given, replaces the request's `options.targets`. */
  | { readonly type: 'parse'; readonly id: number; readonly request: ParseRequest; readonly targets?: number }
  /** The host has taken in a part of request `id`'s result: send the next (or the rest). */
  | { readonly type: 'more'; readonly id: number };

/** From the worker. */
export type FromParseWorker =
  /** The parsers are loaded: from now on a death is the worker's, not a failure to start. */
  | { readonly type: 'ready' }
  /**
   * Part of a long list of a result (cards, diagnostics, a checklist), in order; the next
   * comes when the host asks for `more`. The host decodes each message as one task, and
   * Node decodes all the messages waiting on a port in one go: a 100,000-card deck in one
   * message, or in parts sent together, held it for half a second; one part at a time, no
   * part takes more than a few ms and the host runs its other work between them.
   */
  | { readonly type: 'part'; readonly id: number; readonly path: ListPath; readonly items: readonly unknown[] }
  /** The result, its long lists empty (their items came in parts before it, listed in `parted`). */
  | { readonly type: 'done'; readonly id: number; readonly result: object; readonly parted: readonly ListPath[] };

/** The most items of a list one message carries. */
export const partSize = 4000;

/** How many link-target sets the worker keeps (the host resends one it has dropped). */
export const targetsKept = 4;
