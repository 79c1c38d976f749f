import { forgetting_curve, fsrs, FSRS6_DEFAULT_DECAY, type FSRSState } from 'ts-fsrs';
import type { MemoryModel } from './fsrsHistory';

/**
 * FSRS-6 with `weights` (null: its defaults) as a memory model to judge: ts-fsrs's own
 * memory-state step (same-day reviews by FSRS-6's short-term formula, as the scheduler
 * runs it) and forgetting curve, so the figures are of the model that schedules.
 */
export function fsrsMemoryModel(weights: readonly number[] | null): MemoryModel<FSRSState> {
  const scheduler = fsrs({ ...(weights === null ? {} : { w: [...weights] }), enable_short_term: true, enable_fuzz: false });
  // Read once: ts-fsrs keeps its weights behind a Proxy.
  const decay = scheduler.parameters.w[20] ?? FSRS6_DEFAULT_DECAY;
  return {
    next: (state, deltaDays, grade) => scheduler.next_state(state, deltaDays, grade),
    recall: (state, deltaDays) => forgetting_curve(decay, deltaDays, state.stability),
  };
}
