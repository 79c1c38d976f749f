/**
 * For commandsOnOpen (treeRows.ts): a tree's root rows wait until `ready` settles, at most
 * `limitMs` from the first fetch; a fetch while that wait lasts waits with it, none waits
 * after it or once `isReady()`. Until the rows come, VS Code leaves the view as it was: its
 * welcome ("Loading decks…") and, after 500 ms, the progress bar Loop Prep puts on it.
 */
export function firstRowsWithin(isReady: () => boolean, ready: () => Promise<unknown>, limitMs: number): () => Promise<unknown> | undefined {
  let waiting: Promise<unknown> | undefined;
  let over = false;
  return () => {
    if (over || isReady()) return undefined;
    if (!waiting) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const limit = new Promise<void>((resolve) => { timer = setTimeout(resolve, limitMs); });
      waiting = Promise.race([ready(), limit]).finally(() => {
        clearTimeout(timer);
        over = true;
      });
    }
    return waiting;
  };
}
