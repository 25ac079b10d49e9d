import type pg from 'pg';

/** The text of every row of every table of the service's schema (but those `except` names): what a data dump of the database holds. */
export async function databaseText(pool: pg.Pool, except: readonly string[] = []): Promise<string> {
  const { rows: tables } = await pool.query<{ name: string }>(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
       AND NOT table_name = ANY($1::text[])`, [except]);
  const parts: string[] = [];
  for (const { name } of tables) {
    const { rows } = await pool.query<{ text: string | null }>(`SELECT string_agg(t::text, E'\\n') AS text FROM ${name} t`);
    parts.push(`${name}\n${rows[0].text ?? ''}`);
  }
  return parts.join('\n');
}
