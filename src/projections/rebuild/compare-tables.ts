import type pg from 'pg';
import { ident, qualified, SHADOW_SCHEMA } from './shadow-tables.js';

export type DifferenceKind = 'ONLY_IN_LIVE' | 'ONLY_IN_SHADOW' | 'DIFFERENT_VALUES';

/** A row the live and the rebuilt table disagree on, by its primary key; `columns` name the values that differ. */
export interface Difference {
  table: string;
  key: Record<string, unknown>;
  kind: DifferenceKind;
  columns: string[];
}

export interface TableComparison {
  count: number;
  shown: Difference[];
}

async function primaryKeyOf(db: pg.ClientBase, live: string, table: string): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT a.attname FROM pg_index x JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = ANY (x.indkey::int2[])
     WHERE x.indrelid = $1::regclass AND x.indisprimary ORDER BY array_position(x.indkey::int2[], a.attnum)`,
    [qualified(live, table)],
  );
  if (rows.length === 0) throw new Error(`${table} has no primary key to compare its rows by`);
  return rows.map((r) => r.attname as string);
}

/**
 * The live table against its shadow, row by row by primary key, every column compared as JSON (so that types
 * without an equality operator compare too): how many rows differ, and the first `show` of them by key.
 */
export async function compareTable(db: pg.ClientBase, live: string, table: string, show: number): Promise<TableComparison> {
  const key = await primaryKeyOf(db, live, table);
  const on = key.map((k) => `s.${ident(k)} = l.${ident(k)}`).join(' AND ');
  const first = ident(key[0]);
  const { rows } = await db.query(
    `SELECT count(*) OVER ()::int AS count,
       jsonb_build_object(${key.map((k) => `'${k.replaceAll("'", "''")}', coalesce(l.${ident(k)}, s.${ident(k)})`).join(', ')}) AS key,
       CASE WHEN s.${first} IS NULL THEN 'ONLY_IN_LIVE' WHEN l.${first} IS NULL THEN 'ONLY_IN_SHADOW' ELSE 'DIFFERENT_VALUES' END AS kind,
       CASE WHEN s.${first} IS NOT NULL AND l.${first} IS NOT NULL THEN (SELECT array_agg(e.key ORDER BY e.key)
         FROM jsonb_each(to_jsonb(s)) e WHERE e.value IS DISTINCT FROM to_jsonb(l) -> e.key) END AS columns
     FROM ${qualified(SHADOW_SCHEMA, table)} s FULL JOIN ${qualified(live, table)} l ON ${on}
     WHERE s.${first} IS NULL OR l.${first} IS NULL OR to_jsonb(s) <> to_jsonb(l)
     ORDER BY ${key.map((k) => `coalesce(l.${ident(k)}, s.${ident(k)})`).join(', ')}
     LIMIT $1`,
    [show],
  );
  const count = rows[0]?.count ?? (show === 0 ? await countOnly(db, live, table, on, first) : 0);
  return { count, shown: rows.map((r) => ({ table, key: r.key, kind: r.kind, columns: r.columns ?? [] })) };
}

async function countOnly(db: pg.ClientBase, live: string, table: string, on: string, first: string): Promise<number> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS count FROM ${qualified(SHADOW_SCHEMA, table)} s FULL JOIN ${qualified(live, table)} l ON ${on}
     WHERE s.${first} IS NULL OR l.${first} IS NULL OR to_jsonb(s) <> to_jsonb(l)`,
  );
  return rows[0].count;
}
