import type { Decider } from '../../src/shared/decider.js';
import { DomainError } from '../../src/shared/domain-error.js';

/** A minimal case type for testing the event-store machinery: a tally that may be closed. */
export type TallyEvent =
  | { type: 'TallyIncremented'; data: { by: number } }
  | { type: 'TallyClosed'; data: Record<string, never> };
export type TallyCommand = { kind: 'increment'; by: number } | { kind: 'close' };
export interface TallyState { total: number; closed: boolean }

export const tallyDecider: Decider<TallyCommand, TallyEvent, TallyState> = {
  initialState: () => ({ total: 0, closed: false }),
  evolve: (state, event) =>
    event.type === 'TallyIncremented' ? { ...state, total: state.total + event.data.by } : { ...state, closed: true },
  decide(command, state) {
    if (state.closed) throw new DomainError('TALLY_CLOSED', 'ปิดการนับแล้ว', 'The tally is closed');
    if (command.kind === 'close') return [{ type: 'TallyClosed', data: {} }];
    if (command.by <= 0) throw new DomainError('TALLY_NOT_POSITIVE', 'ต้องเพิ่มค่าที่มากกว่าศูนย์', 'Increment by more than zero', 'by');
    return [{ type: 'TallyIncremented', data: { by: command.by } }];
  },
};
