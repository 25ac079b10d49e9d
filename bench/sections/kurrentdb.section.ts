import type pg from 'pg';
import { START_OF_LOG } from '../../src/eventstore/event-store.port.js';
import { KurrentDbEventStore } from '../../src/eventstore/kurrentdb/kurrentdb-event-store.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { appendRun, type AppendSample } from '../appends.bench.js';
import { fmt, log, settle, type Sample } from '../measure.js';
import { readAllRun } from '../read-all.bench.js';
import type { Row } from '../report.js';
import { RUNS, type BenchSection } from './section.js';

const CALLS = Number(process.env.BENCH_KURRENTDB_CALLS ?? 5_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 5_000);
const WRITER_COUNTS = [1, 32];

/**
 * Issue 15: the KurrentDB adapter at KURRENTDB_URL beside the PostgreSQL adapter (the section's database), in the same
 * run: appendToStream with 1 and 32 writers, then readAll of what the runs appended. Without KURRENTDB_URL it skips.
 */
export const kurrentdbSection: BenchSection = {
  name: 'kurrentdb',
  async run(pool: pg.Pool) {
    const url = process.env.KURRENTDB_URL;
    if (!url) {
      log('kurrentdb: skipped, KURRENTDB_URL is not set');
      return { rows: [], notes: ['skipped: KURRENTDB_URL is not set (the KurrentDB server to measure, e.g. kurrentdb://localhost:2113?tls=false).'] };
    }
    const kurrentdb = KurrentDbEventStore.fromConnectionString(url);
    const postgres = new PostgresEventStore(pool);
    // The server keeps earlier runs' streams and events: this run's streams are its own, its reads start at the head.
    const streamPrefix = `tally-b${Date.now().toString(36)}x`;
    try {
      const { position: kurrentdbStart } = await kurrentdb.head(START_OF_LOG);
      await appendRun(kurrentdb, 500, { streamPrefix });
      await appendRun(postgres, 500, { streamPrefix });
      const rows: Row[] = [];
      for (const writers of WRITER_COUNTS) {
        const k: AppendSample[] = [], p: AppendSample[] = [];
        for (let r = 0; r < RUNS; r++) {
          settle();
          k.push(await appendRun(kurrentdb, CALLS, { writers, streamPrefix }));
          settle();
          p.push(await appendRun(postgres, CALLS, { writers, streamPrefix }));
          log(`appends, ${writers} writers, run ${r + 1}: KurrentDB ${fmt(k[r].calls.rate)} calls/s, PostgreSQL ${fmt(p[r].calls.rate)} calls/s`);
        }
        rows.push({
          measure: `appendToStream on KurrentDB, ${writers} writer${writers > 1 ? 's' : ''}, ${fmt(CALLS)} calls of 1–3 events `
            + '(baseline: the PostgreSQL adapter, same calls, same run)',
          unit: 'calls/s', baselineUnit: 'calls/s', damrong: k.map((s) => s.calls), baseline: p.map((s) => s.calls),
        });
      }
      const k: Sample[] = [], p: Sample[] = [];
      for (let r = 0; r < RUNS; r++) {
        settle();
        k.push(await readAllRun(kurrentdb, BATCH, kurrentdbStart));
        settle();
        p.push(await readAllRun(postgres, BATCH));
        log(`readAll run ${r + 1}: KurrentDB ${fmt(k[r].rate)} events/s (${fmt(k[r].count)}), PostgreSQL ${fmt(p[r].rate)} events/s (${fmt(p[r].count)})`);
      }
      rows.push({
        measure: `store.readAll on KurrentDB of the ${fmt(k[0].count)} events the runs appended, batches of ${fmt(BATCH)} `
          + `(baseline: the PostgreSQL adapter over its ${fmt(p[0].count)})`,
        unit: 'events/s', baselineUnit: 'events/s', damrong: k, baseline: p,
      });
      const notes = [
        `KurrentDB at KURRENTDB_URL; both adapters run the same appendRun (each writer on its own streams, 10 calls a stream, `
          + 'knowing their versions), one after the other in each round.',
        'A KurrentDB append reads the stream\'s last events before writing (its own event ids: KurrentDB keeps no index of them) '
          + 'and the appended last event after (its $all position): three requests where PostgreSQL makes one statement.',
        'KurrentDB\'s readAll reads $all from the head before the first append of this section and drops KurrentDB\'s own records '
          + '(system streams, links); anything else written to the server meanwhile is counted too.',
      ];
      return { rows, notes };
    } finally {
      await kurrentdb.close();
    }
  },
};
