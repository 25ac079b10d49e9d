import type pg from 'pg';
import type { StoredEvent } from '../../src/eventstore/event-store.port.js';
import type { Projection } from '../../src/projections/runner/projection.js';

/**
 * A test read model that is NOT idempotent: each event adds to a total. Applying an event twice, or
 * losing one, shows in the totals; `slowMs` stretches each batch; an event with `poison` fails; `dataOf` names the
 * types whose data it reads (the others count as events, adding nothing).
 */
export class TallyProjection implements Projection {
  readonly tables: readonly string[];
  readonly dataOf?: readonly string[];

  constructor(
    readonly name: string,
    private readonly table: string,
    private readonly options: { slowMs?: number; failOnPoison?: boolean; dataOf?: readonly string[] } = {},
  ) {
    this.tables = [table];
    if (options.dataOf) this.dataOf = options.dataOf;
  }

  static async createTable(pool: pg.Pool, table: string): Promise<void> {
    await pool.query(`CREATE TABLE IF NOT EXISTS ${table} (stream_id text PRIMARY KEY, total bigint NOT NULL, events int NOT NULL)`);
  }

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    for (const event of events) {
      const data = (this.dataOf && !this.dataOf.includes(event.type) ? {} : event.data) as { by?: number; poison?: boolean };
      if (data.poison && this.options.failOnPoison) throw new Error('poisoned event');
      await tx.query(
        `INSERT INTO ${this.table} (stream_id, total, events) VALUES ($1, $2, 1)
         ON CONFLICT (stream_id) DO UPDATE SET total = ${this.table}.total + $2, events = ${this.table}.events + 1`,
        [event.streamId, data.by ?? 0],
      );
    }
    if (this.options.slowMs) await tx.query('SELECT pg_sleep($1)', [this.options.slowMs / 1000]);
  }
}
