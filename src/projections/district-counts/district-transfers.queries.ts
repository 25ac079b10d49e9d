import type pg from 'pg';

/** Moves into and out of an area: a district, a province's districts summed, or the whole country. */
export interface Transfers {
  transfersIn: number;
  transfersOut: number;
}

const READ = 'transfers_in::int AS "transfersIn", transfers_out::int AS "transfersOut"';
const SUMMED = 'coalesce(sum(transfers_in), 0)::int AS "transfersIn", coalesce(sum(transfers_out), 0)::int AS "transfersOut"';

type Keyed = Transfers & { code: string };
const byCode = (rows: Keyed[]) => new Map(rows.map(({ code, ...moves }) => [code, moves]));

/** Each district of the province that has had a move. */
export async function districtTransfers(pool: pg.Pool, provinceCode: string): Promise<Map<string, Transfers>> {
  return byCode((await pool.query<Keyed>({
    name: 'district-transfers:districts', text: `SELECT district_code AS code, ${READ} FROM district_transfers WHERE province_code = $1`, values: [provinceCode],
  })).rows);
}

/** Each province with a move, its districts summed. */
export async function provinceTransfers(pool: pg.Pool): Promise<Map<string, Transfers>> {
  return byCode((await pool.query<Keyed>({
    name: 'district-transfers:provinces', text: `SELECT province_code AS code, ${SUMMED} FROM district_transfers GROUP BY province_code`,
  })).rows);
}

/** The country: every move counts once out and once in. */
export async function nationTransfers(pool: pg.Pool): Promise<Transfers> {
  return (await pool.query<Transfers>({ name: 'district-transfers:nation', text: `SELECT ${SUMMED} FROM district_transfers` })).rows[0];
}
