import type pg from 'pg';
import type { StoredEvent } from '../../eventstore/event-store.port.js';

/**
 * A read model fed from the global log. `apply` writes with the given client, inside the runner's
 * transaction that also moves the checkpoint: a batch counts wholly or not at all.
 */
export interface Projection {
  readonly name: string;
  /**
   * The tables the projection writes and nothing else writes: a rebuild makes them anew from the log
   * (projections/rebuild). Frozen reports and what timers write are not among them.
   */
  readonly tables: readonly string[];
  /**
   * The event types whose data and metadata `apply` reads; it is handed the events of other types with data and
   * metadata null (still in order, to count or to skip). Absent: every event whole.
   */
  readonly dataOf?: readonly string[];
  /**
   * The event types whose personal fields `apply` reads (sealed under their subjects' keys, issue 17): the runner
   * opens those events' sealed parts and hands the others as stored, their personal fields absent (in `$sealed`).
   * Absent: the events of `dataOf` opened, or every event without it. A projection that reads no name, citizen id or
   * free text says `[]`.
   */
  readonly personalDataOf?: readonly string[];
  /** The rows its tables hold before the first event (its migration's seed), written into empty tables by a rebuild. */
  seed?(tx: pg.ClientBase): Promise<void>;
  apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void>;
  /**
   * Deletes what its tables hold of these streams, so that applying their events again makes it anew (a projection
   * holding personal data has it: an erasure makes its rows again from the log as it reads after; stream-refold.ts).
   */
  forgetStreams?(streamIds: readonly string[], tx: pg.ClientBase): Promise<void>;
}
