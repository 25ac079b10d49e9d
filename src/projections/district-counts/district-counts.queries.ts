import type pg from 'pg';
import { MEASURES } from './case-counts.js';
import type { Transfers } from './district-transfers.queries.js';
import type { DebtCaseCounts } from './district-counts.types.js';

/** Reads of district_counts: one province's district rows, and sums per province or for the nation. */

type Row = Record<string, string | number>;

const asRead = (sum: boolean) => MEASURES.map(({ column, money }) => {
  const value = sum ? `sum(${column})` : column;
  return `${value}::${money ? 'text' : 'int'} AS ${column}`;
}).join(', ');

const DISTRICTS = `SELECT district_code, ${asRead(false)} FROM district_counts WHERE province_code = $1 ORDER BY district_code`;
const PROVINCES = `SELECT province_code, ${asRead(true)} FROM district_counts GROUP BY province_code ORDER BY province_code`;
const NATION = `SELECT ${asRead(true)} FROM district_counts`;

/** A row of district_counts (zeros when absent) with the area's moves in and out (district_transfers). */
export function countsOf(row: Row | undefined, moves?: Transfers): DebtCaseCounts {
  const n = (column: string) => Number(row?.[column] ?? 0);
  const baht = (column: string) => String(row?.[column] ?? '0.00');
  return {
    registered: n('registered'),
    byChannel: {
      selfQrThaid: n('registered_self_qr_thaid'), thaidApp: n('registered_thaid_app'),
      counter: n('registered_counter'), paper: n('registered_paper'),
    },
    creditors: n('creditors'),
    debts: n('debts'),
    principal: baht('principal'),
    outstanding: baht('outstanding'),
    contacted: n('contacted'),
    wishingMediation: n('wishing_mediation'),
    inMediation: n('in_mediation'),
    agreed: n('agreed'),
    notAgreed: n('not_agreed'),
    partyAbsent: n('party_absent'),
    referred: n('referred'),
    closed: n('closed'),
    debtBefore: baht('debt_before'),
    debtAfter: baht('debt_after'),
    debtReduced: baht('debt_reduced'),
    transfersIn: moves?.transfersIn ?? 0,
    transfersOut: moves?.transfersOut ?? 0,
  };
}

const byKey = (rows: Row[], key: string) => new Map(rows.map((r) => [String(r[key]), r]));

export async function districtRows(pool: pg.Pool, provinceCode: string): Promise<Map<string, Row>> {
  return byKey((await pool.query({ name: 'district-counts:districts', text: DISTRICTS, values: [provinceCode] })).rows, 'district_code');
}

export async function provinceRows(pool: pg.Pool): Promise<Map<string, Row>> {
  return byKey((await pool.query({ name: 'district-counts:provinces', text: PROVINCES })).rows, 'province_code');
}

export async function nationRow(pool: pg.Pool): Promise<Row | undefined> {
  return (await pool.query({ name: 'district-counts:nation', text: NATION })).rows[0];
}
