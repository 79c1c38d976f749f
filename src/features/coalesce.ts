/**
 * `run`, called once shortly after any number of `schedule()` calls in a row. For views
 * and status-bar items that redraw on every store change: they redraw once per burst,
 * and after whatever the change was for (the next card in the Review panel goes first).
 */
export function coalesce(run: () => void, delayMs = 0): { schedule(): void; dispose(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      timer ??= setTimeout(() => {
        timer = undefined;
        run();
      }, delayMs);
    },
    dispose() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
