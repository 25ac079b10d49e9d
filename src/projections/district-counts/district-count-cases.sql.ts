import type pg from 'pg';
import { formatSatang, satangOf } from '../../shared/money.js';
import type { CaseCounts } from './case-counts.js';

/** Reading and writing the per-case contributions (district_count_cases), many cases per statement. */

const COLUMNS = `stream_id, version, district_code, province_code, channel, creditors, debts, principal, outstanding,
  status, contacted, wishing_mediation, outcome, referred, debt_before, debt_after, debt_reduced`;

export async function readCases(tx: pg.ClientBase, table: string, streamIds: readonly string[]): Promise<Map<string, CaseCounts>> {
  const { rows } = await tx.query(`SELECT ${COLUMNS} FROM ${table} WHERE stream_id = ANY($1::text[])`, [streamIds]);
  return new Map(rows.map((r): [string, CaseCounts] => [r.stream_id, {
    streamId: r.stream_id,
    version: r.version,
    districtCode: r.district_code,
    provinceCode: r.province_code,
    channel: r.channel,
    creditors: r.creditors,
    debts: r.debts,
    principal: satangOf(r.principal),
    outstanding: satangOf(r.outstanding),
    status: r.status,
    contacted: r.contacted,
    wishingMediation: r.wishing_mediation,
    outcome: r.outcome,
    referred: r.referred,
    debtBefore: satangOf(r.debt_before),
    debtAfter: satangOf(r.debt_after),
    debtReduced: satangOf(r.debt_reduced),
  }]));
}

export async function writeCases(tx: pg.ClientBase, table: string, cases: readonly CaseCounts[]): Promise<void> {
  const money = (pick: (c: CaseCounts) => bigint) => cases.map((c) => formatSatang(pick(c)));
  await tx.query(
    `INSERT INTO ${table} AS c (${COLUMNS})
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::numeric[],
       $9::numeric[], $10::text[], $11::bool[], $12::bool[], $13::text[], $14::bool[], $15::numeric[], $16::numeric[], $17::numeric[])
     ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, district_code = excluded.district_code,
       province_code = excluded.province_code, channel = excluded.channel, creditors = excluded.creditors,
       debts = excluded.debts, principal = excluded.principal, outstanding = excluded.outstanding, status = excluded.status,
       contacted = excluded.contacted, wishing_mediation = excluded.wishing_mediation, outcome = excluded.outcome,
       referred = excluded.referred, debt_before = excluded.debt_before, debt_after = excluded.debt_after,
       debt_reduced = excluded.debt_reduced`,
    [
      cases.map((c) => c.streamId), cases.map((c) => c.version), cases.map((c) => c.districtCode),
      cases.map((c) => c.provinceCode), cases.map((c) => c.channel), cases.map((c) => c.creditors), cases.map((c) => c.debts),
      money((c) => c.principal), money((c) => c.outstanding), cases.map((c) => c.status), cases.map((c) => c.contacted),
      cases.map((c) => c.wishingMediation), cases.map((c) => c.outcome), cases.map((c) => c.referred),
      money((c) => c.debtBefore), money((c) => c.debtAfter), money((c) => c.debtReduced),
    ],
  );
}
