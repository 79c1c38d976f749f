// The Timer's bundle (dist/lazy/timer.js), required on first use: see lazyModules.ts.
// It must not call the other load* functions of lazyModules.ts: their paths are relative
// to dist/extension.js, not to dist/lazy/.
export { createTimerFeature } from './register';
export { foldTimerHistory, summarizeTimerHistory } from '../../core/timer/history';
