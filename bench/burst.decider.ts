import type { Decider } from '../src/shared/decider.js';

/** Bench-only: a tally whose command adds 1 to 3 increments at once, so one command makes 1–3 events. */
export type BurstEvent = { type: 'TallyIncremented'; data: { by: number } };
export interface BurstCommand { kind: 'increment'; times: 1 | 2 | 3 }
export interface BurstState { total: number }

export const burstDecider: Decider<BurstCommand, BurstEvent, BurstState> = {
  initialState: () => ({ total: 0 }),
  evolve: (state, event) => ({ total: state.total + event.data.by }),
  decide: (command) => Array.from({ length: command.times }, (_, i) => ({ type: 'TallyIncremented' as const, data: { by: i + 1 } })),
};
