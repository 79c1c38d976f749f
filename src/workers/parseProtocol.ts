import type { ParseRequest } from '../core/parseRequests';
import type { LinkTargets } from '../core/rounds/yamlSource';

// The messages between the extension host (src/features/contentParser.ts) and the parser
// worker (parseWorker.ts). Types only: each side's bundle holds none of the other's code.

/** To the worker. */
export type ToParseWorker =
  /**
   * Link targets (every deck, card and problem id) that several requests share: sent once
   * and named by `id` (cloning 100,000 card ids costs the host about 20 ms each time).
   */
  | { readonly type: 'targets'; readonly id: number; readonly targets: LinkTargets }
  /** A file to parse; `targets`, when given, replaces the request's `options.targets`. */
  | { readonly type: 'parse'; readonly id: number; readonly request: ParseRequest; readonly targets?: number };

/** From the worker. */
export type FromParseWorker =
  /** The parsers are loaded: from now on a death is the worker's, not a failure to start. */
  | { readonly type: 'ready' }
  /**
   * Part of a long list of a result (`key`: cards, diagnostics, questions), in order. The
   * host decodes each message as one task: a 100,000-card deck in one message held it for
   * half a second; in parts, no part takes more than a few ms.
   */
  | { readonly type: 'part'; readonly id: number; readonly key: string; readonly items: readonly unknown[] }
  /** The result, its long lists empty (their items came in parts before it). */
  | { readonly type: 'done'; readonly id: number; readonly result: object; readonly parted: readonly string[] };

/** The most items of a list one message carries. */
export const partSize = 4000;

/** How many link-target sets the worker keeps (the host resends one it has dropped). */
export const targetsKept = 4;
