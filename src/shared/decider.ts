/**
 * A case type's rules as pure functions: no I/O, no clock, no randomness. Time, ids and reference data
 * arrive on the command.
 */
export interface DomainEvent {
  type: string;
  data: object;
}

/** An event as the log gives it back: its type, the schema version it was written in, and its data as stored. */
export interface RecordedFact {
  type: string;
  schemaVersion: number;
  data: unknown;
}

export interface Decider<Command, Event extends DomainEvent, State> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  /** The events the command causes, or a thrown DomainError when the rules refuse it. */
  decide(command: Command, state: State): Event[];
  /** Schema version of each event type as written now; 1 when absent. */
  schemaVersions?: Readonly<Record<string, number>>;
  /**
   * A recorded event as this decider's event as written now (through its upcasters, see event-schema.ts), or
   * undefined when it cannot be read as one (an unknown type or version, data not of the shape). Without it a
   * recorded event is taken as it is.
   */
  read?(event: RecordedFact): Event | undefined;
}

export function fold<E extends DomainEvent, S>(decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>, events: readonly E[]): S {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}

/** A stream folded up to its first unreadable event, if it has one. */
export interface Folded<S> {
  /** The fold of the events before the first unreadable one (of all of them when none is). */
  state: S;
  /** The stream version (1-based) of the first event the decider cannot read or fold. */
  unreadableAt?: number;
}

/**
 * Folds recorded events, each as the decider reads it (upcast to the shape written now), stopping at the first one
 * the decider does not read as its own or cannot fold (its evolve throws, e.g. a stream that does not begin with its
 * first event): deciding on a stream past such an event would build on facts nobody can vouch for.
 */
export function foldRecorded<E extends DomainEvent, S>(
  decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve' | 'read'>, events: readonly RecordedFact[],
): Folded<S> {
  let state = decider.initialState();
  for (const [i, recorded] of events.entries()) {
    const event = decider.read ? decider.read(recorded) : ({ type: recorded.type, data: recorded.data } as E);
    if (event === undefined) return { state, unreadableAt: i + 1 };
    try {
      state = decider.evolve(state, event);
    } catch {
      return { state, unreadableAt: i + 1 };
    }
  }
  return { state };
}
