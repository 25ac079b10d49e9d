import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { DEBT_CASES_CHECKPOINT } from '../src/cases/debt/debt-open-cases.query.js';
import { importDebtRegistrations } from '../src/cases/debt/import/debt-import.js';
import { IMPORT_COLUMNS, type ImportColumn } from '../src/cases/debt/import/import-columns.js';
import type { EventStore } from '../src/eventstore/event-store.port.js';
import { districtsOf, provinces, subdistrictsOf } from '../src/geography/geography.js';
import { withProjectionsFollowing } from '../src/import/import-projections.js';
import { citizenIdOf } from '../test/support/debt-generator.js';
import { now, sample, type Sample } from './measure.js';

/** Rows of the generated export (BENCH_IMPORT_ROWS, default 50,000); registrations have 1 to 3 debts, 1.5 on average. */
export const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
export const IMPORT_TARGET_ROWS_PER_SECOND = 20_000;

const DISTRICTS = provinces().flatMap((p) => districtsOf(p.code));
const CHANNELS = ['SELF_QR_THAID', 'THAID_APP', 'COUNTER', 'PAPER'];
const COLUMNS = Object.keys(IMPORT_COLUMNS) as ImportColumn[];
let run = 0;

/**
 * Writes an export of `rows` rows as the earlier system would (UTF-8 CSV, English headers): registrations
 * spread over the 928 districts and the four channels, each with 1–3 debts owed to different creditors.
 * Ids start at `first`, so each run imports new registrations. Returns the number of registrations.
 */
export async function writeDebtExport(file: string, rows: number, first: number): Promise<number> {
  const lines = [COLUMNS.map((c) => IMPORT_COLUMNS[c].en).join(',')];
  let registrations = 0;
  for (let n = first; lines.length <= rows; n++, registrations++) {
    const district = DISTRICTS[n % DISTRICTS.length];
    const channel = CHANNELS[n % CHANNELS.length];
    const registration: Partial<Record<ImportColumn, string>> = {
      registrationId: `BENCH-${n}`, registeredAt: `${1 + (n % 28)}/1/2567 ${8 + (n % 9)}:${String(n % 60).padStart(2, '0')}`, channel,
      formDate: channel === 'PAPER' ? '1/1/2567' : '', citizenId: citizenIdOf(n), title: 'นาย', firstName: `ลูกหนี้${n}`, lastName: 'นำเข้า',
      phone: '0812345678', occupation: 'รับจ้างทั่วไป', addressLine: `${n % 300} หมู่ ${1 + (n % 12)}`,
      subdistrictCode: subdistrictsOf(district.code)[0].code, districtCode: district.code, provinceCode: district.provinceCode,
      helpWanted: '"MEDIATION, FORMAL_LOAN"',
    };
    for (let d = 0; d < 1 + (n % 3) && lines.length <= rows; d++) {
      const debt: Partial<Record<ImportColumn, string>> = {
        ...registration, creditorKind: 'PERSON', creditorName: `นายเจ้าหนี้ ${n}-${d}`, principal: `"${10 + (n % 90)},000"`,
        outstanding: `${12_000 + (n % 90) * 1000}.50`, interestRate: '20', debtStartDate: '1/6/2566',
      };
      lines.push(COLUMNS.map((c) => debt[c] ?? '').join(','));
    }
  }
  await fs.writeFile(file, lines.join('\n') + '\n');
  return registrations;
}

/**
 * What `import debt` does with a generated CSV export of `rows` rows (generated before the clock starts): the debt
 * case list caught up to the log's head, then importDebtRegistrations with the list following the log (as the CLI
 * runs it, import-command.ts): rows/s, the catch-up included.
 */
export async function debtImportRun(pool: pg.Pool, store: EventStore, rows = IMPORT_ROWS, batchSize = 1000): Promise<Sample> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-bench-import-'));
  try {
    const file = path.join(dir, 'export.csv');
    const registrations = await writeDebtExport(file, rows, 1_000_000 * ++run);
    const startedAt = now();
    const summary = await withProjectionsFollowing(pool, store, [DEBT_CASES_CHECKPOINT], () => importDebtRegistrations(file, pool, store, { batchSize }));
    const result = sample(summary.rows, startedAt);
    if (summary.imported !== registrations || summary.rows !== rows) {
      throw new Error(`the bench import stored ${summary.imported} of ${registrations} registrations: ${JSON.stringify(summary.refused[0])}`);
    }
    return result;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
