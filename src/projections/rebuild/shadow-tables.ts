import type pg from 'pg';

/** Where a rebuild builds a projection's tables anew, and where the tables it replaced wait for an undo. */
export const SHADOW_SCHEMA = 'damrong_rebuild';
export const PREVIOUS_SCHEMA = 'damrong_previous';

export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const qualified = (schema: string, table: string) => `${ident(schema)}.${ident(table)}`;

/** The schema the service's tables live in (the owner's first schema on its search path, `public` by default). */
export async function liveSchema(db: pg.ClientBase | pg.Pool): Promise<string> {
  const { rows } = await db.query<{ schema: string }>('SELECT current_schema() AS schema');
  return rows[0].schema;
}

/** Drops the shadow schema with whatever a rebuild left in it, and makes it again, empty. */
export async function resetShadowSchema(db: pg.ClientBase): Promise<void> {
  await db.query(`DROP SCHEMA IF EXISTS ${ident(SHADOW_SCHEMA)} CASCADE`);
  await db.query(`CREATE SCHEMA ${ident(SHADOW_SCHEMA)}`);
}

interface IndexRow {
  name: string;
  definition: string;
  constraint: string | null;
  unique: boolean;
}

async function indexesOf(db: pg.ClientBase, live: string, table: string): Promise<IndexRow[]> {
  const { rows } = await db.query<IndexRow>(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition, x.indisunique AS unique,
       (SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid) AS constraint
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = $1::regclass ORDER BY i.relname`,
    [qualified(live, table)],
  );
  return rows;
}

/** An index's definition on the shadow table: `CREATE [UNIQUE] INDEX name ON [ONLY] schema.table USING …`. */
function onShadow(definition: string, table: string): string {
  const shadow = definition.replace(/ ON (ONLY )?\S+ USING /, ` ON ${qualified(SHADOW_SCHEMA, table)} USING `);
  if (shadow === definition) throw new Error(`cannot read the index definition of ${table}`);
  return shadow;
}

/**
 * The shadow of a live table: its columns, defaults, generated columns, identities and checks; its primary key
 * and unique indexes (ON CONFLICT needs them while loading); its row-level security, policies and grants, so that
 * once swapped in it answers the request role exactly as the live one did. Other indexes come after the load.
 */
export async function createShadowTable(db: pg.ClientBase, live: string, table: string): Promise<void> {
  const source = qualified(live, table);
  const shadow = qualified(SHADOW_SCHEMA, table);
  await db.query(`CREATE TABLE ${shadow} (LIKE ${source} INCLUDING ALL EXCLUDING INDEXES EXCLUDING STATISTICS)`);
  for (const index of await indexesOf(db, live, table)) {
    if (index.constraint) await db.query(`ALTER TABLE ${shadow} ADD CONSTRAINT ${ident(index.name)} ${index.constraint}`);
    else if (index.unique) await db.query(onShadow(index.definition, table));
  }
  const { rows: [security] } = await db.query(
    'SELECT relrowsecurity AS enabled, relforcerowsecurity AS forced FROM pg_class WHERE oid = $1::regclass', [source]);
  if (security.enabled) await db.query(`ALTER TABLE ${shadow} ENABLE ROW LEVEL SECURITY`);
  if (security.forced) await db.query(`ALTER TABLE ${shadow} FORCE ROW LEVEL SECURITY`);
  const { rows: policies } = await db.query(
    `SELECT policyname, permissive, cmd, qual, with_check,
       (SELECT string_agg(CASE WHEN r = 'public' THEN 'PUBLIC' ELSE quote_ident(r) END, ', ') FROM unnest(roles) r) AS roles
     FROM pg_policies WHERE schemaname = $1 AND tablename = $2`,
    [live, table],
  );
  for (const p of policies) {
    await db.query(`CREATE POLICY ${ident(p.policyname)} ON ${shadow} AS ${p.permissive} FOR ${p.cmd} TO ${p.roles}`
      + (p.qual ? ` USING (${p.qual})` : '') + (p.with_check ? ` WITH CHECK (${p.with_check})` : ''));
  }
  const { rows: grants } = await db.query(
    `SELECT a.privilege_type, a.is_grantable, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END AS grantee
     FROM pg_class c, aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
     WHERE c.oid = $1::regclass AND a.grantee <> c.relowner`,
    [source],
  );
  for (const g of grants) {
    await db.query(`GRANT ${g.privilege_type} ON ${shadow} TO ${g.grantee}${g.is_grantable ? ' WITH GRANT OPTION' : ''}`);
  }
}

/** The live table's other indexes on its loaded shadow, then fresh planner statistics. */
export async function indexShadowTable(db: pg.ClientBase, live: string, table: string): Promise<void> {
  for (const index of await indexesOf(db, live, table)) {
    if (!index.constraint && !index.unique) await db.query(onShadow(index.definition, table));
  }
  await db.query(`ANALYZE ${qualified(SHADOW_SCHEMA, table)}`);
}

/** The columns of a table as `name type` lines, to see whether two tables have one shape. */
export async function columnsOf(db: pg.ClientBase, schema: string, table: string): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT attname || ' ' || format_type(atttypid, atttypmod) AS column FROM pg_attribute
     WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped ORDER BY attname`,
    [qualified(schema, table)],
  );
  return rows.map((r) => r.column as string);
}

/** Moves a table to another schema; its indexes, constraints, policies, grants and owned sequences go with it. */
export const moveTable = (db: pg.ClientBase, from: string, table: string, to: string) =>
  db.query(`ALTER TABLE ${qualified(from, table)} SET SCHEMA ${ident(to)}`);
