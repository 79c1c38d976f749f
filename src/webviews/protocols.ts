// Every webview's inbound message schemas, as one bundle the host requires on the first
// message (dist/lazy/protocols.js): zod is not parsed at activation.
export { ReviewRequest, ReviewViewState } from './review/protocol';
export { TimerRequest } from './timer/protocol';
export { StatsRequest } from './stats/protocol';
