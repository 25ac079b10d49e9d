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
  /** The rows its tables hold before the first event (its migration's seed), written into empty tables by a rebuild. */
  seed?(tx: pg.ClientBase): Promise<void>;
  apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void>;
}
