import type pg from 'pg';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { debtImportRun, IMPORT_ROWS, IMPORT_TARGET_ROWS_PER_SECOND } from '../debt-import.bench.js';
import { fmt, log, settle, type Sample } from '../measure.js';
import type { Row } from '../report.js';
import { RUNS, type BenchSection } from './section.js';

/** Rows the baseline imports a run (BENCH_NAIVE_IMPORT_ROWS): it writes one registration at a time. */
const NAIVE_ROWS = Number(process.env.BENCH_NAIVE_IMPORT_ROWS ?? 5_000);
const BATCH = 1_000;

/** Issue 3: `npm run cli -- import debt` on a generated CSV export (its parsing, deciding and writing). */
export const importSection: BenchSection = {
  name: 'import',
  async run(pool: pg.Pool) {
    const store = new PostgresEventStore(pool);
    await debtImportRun(pool, store, 2_000, BATCH);
    const imports: Sample[] = [], naive: Sample[] = [];
    for (let r = 0; r < RUNS; r++) {
      settle();
      imports.push(await debtImportRun(pool, store, IMPORT_ROWS, BATCH));
      settle();
      naive.push(await debtImportRun(pool, store, NAIVE_ROWS, 1));
      log(`import run ${r + 1}: ${fmt(imports[r].rate)} rows/s, one registration a write ${fmt(naive[r].rate)} rows/s`);
    }
    const rows: Row[] = [
      { measure: `Import of earlier debt registrations from a CSV export of ${fmt(IMPORT_ROWS)} rows, ${fmt(BATCH)} registrations a write `
        + `(baseline: the same import writing each registration alone, ${fmt(NAIVE_ROWS)} rows)`,
        unit: 'rows/s', target: IMPORT_TARGET_ROWS_PER_SECOND, damrong: imports, baseline: naive },
    ];
    const notes = [
      'The export is written before the clock starts: one row per debt, 1 to 3 debts a registration (1.5 on average), spread over the 928 '
        + 'districts and the four channels, English headers, quoted cells with commas. Timed: what `import debt` does: the debt case list '
        + 'caught up to the log\'s head, then importDebtRegistrations (csv-parse, the row checks, the open-cases query per 200 registrations, '
        + 'the decider, appendNewStreams) with the list\'s projection following the log meanwhile, into a log that grows by each run\'s registrations.',
    ];
    return { rows, notes };
  },
};
