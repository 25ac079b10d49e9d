/**
 * A case type's rules as pure functions: no I/O, no clock, no randomness. Time, ids and reference data
 * arrive on the command.
 */
export interface DomainEvent {
  type: string;
  data: object;
}

export interface Decider<Command, Event extends DomainEvent, State> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  /** The events the command causes, or a thrown DomainError when the rules refuse it. */
  decide(command: Command, state: State): Event[];
  /** Schema version of each event type as written now; 1 when absent. */
  schemaVersions?: Readonly<Record<string, number>>;
}

export function fold<E extends DomainEvent, S>(decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>, events: readonly E[]): S {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}
