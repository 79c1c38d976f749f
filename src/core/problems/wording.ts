// Times as the problems' and the timed session's messages write them, with their units.
// No imports: the timer's webview uses it too.

/** A solve time with its unit: "28 s", "4 min 5 s", "12 min", "1 h 5 min". */
export function describeSolveTime(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) {
    const rest = whole % 60;
    return `${Math.floor(whole / 60)} min${rest === 0 ? '' : ` ${rest} s`}`;
  }
  const minutes = Math.round((whole % 3600) / 60);
  return minutes === 60 ? `${Math.floor(whole / 3600) + 1} h` : `${Math.floor(whole / 3600)} h${minutes === 0 ? '' : ` ${minutes} min`}`;
}
