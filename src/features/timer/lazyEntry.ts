// The Timer's bundle (dist/lazy/timer.js), required on first use: see lazyModules.ts.
export { createTimerFeature } from './register';
export { foldTimerHistory, summarizeTimerHistory } from '../../core/timer/history';
export { caseCoverage, foldMocks } from '../../core/cases/fold';
