import type pg from 'pg';
import type { AccountStatus, StaffAccount } from './account-state.js';
import type { AccountCreatedData } from './account.events.js';
import type { OfficeKind, StaffOffice } from '../scope/staff-office.js';

export type Queryable = Pick<pg.Pool, 'query'>;

/** An account as the table lists it: enough to find, show and check it without reading its stream. */
export interface AccountRow extends Omit<AccountCreatedData, 'at'> {
  status: AccountStatus;
  version: number;
}

const COLUMNS = `account_id, citizen_id, title, first_name, last_name, position, level, office_kind, office_code,
  administrator, office_phone, mobile_phone, to_char(assigned_on, 'YYYY-MM-DD') AS assigned_on, status, version`;

const toRow = (r: Record<string, any>): AccountRow => ({
  accountId: r.account_id, citizenId: r.citizen_id, title: r.title, firstName: r.first_name, lastName: r.last_name,
  position: r.position, level: r.level, office: { kind: r.office_kind as OfficeKind, code: r.office_code },
  administrator: r.administrator, officePhone: r.office_phone, mobilePhone: r.mobile_phone, assignedOn: r.assigned_on,
  status: r.status, version: r.version,
});

/**
 * Writes the account as its stream folds at `version`; an older version never overwrites a newer one, so
 * writers may finish in any order and a retry changes nothing. A taken citizen id fails with 23505.
 */
export async function saveAccount(db: Queryable, a: StaffAccount, version: number): Promise<void> {
  await db.query(
    `INSERT INTO staff_accounts AS s (account_id, citizen_id, title, first_name, last_name, position, level, office_kind,
       office_code, administrator, office_phone, mobile_phone, assigned_on, status, version, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT (account_id) DO UPDATE SET citizen_id = excluded.citizen_id, title = excluded.title,
       first_name = excluded.first_name, last_name = excluded.last_name, position = excluded.position,
       level = excluded.level, office_kind = excluded.office_kind, office_code = excluded.office_code,
       administrator = excluded.administrator, office_phone = excluded.office_phone, mobile_phone = excluded.mobile_phone,
       assigned_on = excluded.assigned_on, status = excluded.status, version = excluded.version, updated_at = excluded.updated_at
     WHERE s.version < excluded.version`,
    [a.accountId, a.citizenId, a.title, a.firstName, a.lastName, a.position, a.level, a.office.kind, a.office.code,
      a.administrator, a.officePhone, a.mobilePhone, a.assignedOn, a.status, version, a.createdAt, a.updatedAt],
  );
}

export async function accountsByIds(db: Queryable, ids: readonly string[]): Promise<AccountRow[]> {
  const { rows } = await db.query(`SELECT ${COLUMNS} FROM staff_accounts WHERE account_id = ANY($1::text[])`, [ids]);
  return rows.map(toRow);
}

/** The key an office's accounts are listed by: first name, last name, account id. */
export type AccountListKey = readonly [firstName: string, lastName: string, accountId: string];

/** Up to `limit` accounts of an office by name, after `after` when given. */
/** The office's active chiefs (หัวหน้าส่วนราชการ), the one assigned last first. */
export async function activeChiefsOf(db: Queryable, office: StaffOffice): Promise<AccountRow[]> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM staff_accounts WHERE office_kind = $1 AND office_code = $2 AND position = 'CHIEF' AND status = 'ACTIVE'
     ORDER BY assigned_on DESC, account_id`,
    [office.kind, office.code],
  );
  return rows.map(toRow);
}

export async function accountsOfOffice(db: Queryable, office: StaffOffice, limit: number, after: AccountListKey | null): Promise<AccountRow[]> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM staff_accounts WHERE office_kind = $1 AND office_code = $2
       AND ($3::text IS NULL OR (first_name, last_name, account_id) > ($3::text, $4::text, $5::text))
     ORDER BY first_name, last_name, account_id LIMIT $6`,
    [office.kind, office.code, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit],
  );
  return rows.map(toRow);
}

export async function countAccountsOfOffice(db: Queryable, office: StaffOffice): Promise<number> {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM staff_accounts WHERE office_kind = $1 AND office_code = $2', [office.kind, office.code]);
  return rows[0].n;
}

/** True once a central administrator exists (the bootstrap then refuses). */
export async function centralAdministratorExists(db: Queryable): Promise<boolean> {
  const { rows } = await db.query(`SELECT EXISTS (SELECT 1 FROM staff_accounts WHERE level = 'CENTRAL' AND administrator) AS found`);
  return rows[0].found;
}
