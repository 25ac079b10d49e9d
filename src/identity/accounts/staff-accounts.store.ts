import type pg from 'pg';
import type { AccountStatus, StaffAccount } from './account-state.js';
import { type AccountCreatedData, accountStreamId } from './account.events.js';
import type { OfficeKind, StaffOffice } from '../scope/staff-office.js';

export type Queryable = Pick<pg.Pool, 'query'>;

const ACCOUNT_PREFIX = accountStreamId('');

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

/** The blind index of a citizen id (13 Arabic digits): the keyring's (src/personal-data/keys), whose key the database never holds. */
export type CitizenIndex = (citizenDigits: string) => Buffer;

/** The index of an account's citizen id; none once the account is erased (it holds the erasure marker then). */
const indexOf = (index: CitizenIndex, citizenId: string): Buffer | null => (/^\d{13}$/.test(citizenId) ? index(citizenId) : null);

/**
 * Writes the account as its stream folds at `version`, with the blind index of its citizen id; an older version never
 * overwrites a newer one, so writers may finish in any order and a retry changes nothing. A citizen id taken (its
 * index) fails with 23505.
 */
export async function saveAccount(db: Queryable, a: StaffAccount, version: number, index: CitizenIndex): Promise<void> {
  await db.query(
    `INSERT INTO staff_accounts AS s (account_id, citizen_id, title, first_name, last_name, position, level, office_kind,
       office_code, administrator, office_phone, mobile_phone, assigned_on, status, version, created_at, updated_at, citizen_index)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
     ON CONFLICT (account_id) DO UPDATE SET citizen_id = excluded.citizen_id, citizen_index = excluded.citizen_index, title = excluded.title,
       first_name = excluded.first_name, last_name = excluded.last_name, position = excluded.position,
       level = excluded.level, office_kind = excluded.office_kind, office_code = excluded.office_code,
       administrator = excluded.administrator, office_phone = excluded.office_phone, mobile_phone = excluded.mobile_phone,
       assigned_on = excluded.assigned_on, status = excluded.status, version = excluded.version, updated_at = excluded.updated_at
     WHERE s.version < excluded.version`,
    [a.accountId, a.citizenId, a.title, a.firstName, a.lastName, a.position, a.level, a.office.kind, a.office.code,
      a.administrator, a.officePhone, a.mobilePhone, a.assignedOn, a.status, version, a.createdAt, a.updatedAt, indexOf(index, a.citizenId)],
  );
}

/**
 * The rows written before the index existed (migration 1082), or by a process that had none: each gets the index of
 * its citizen id. Run at start-up by every process (the same HMAC: concurrent runs agree); the rows are few.
 */
export async function fillCitizenIndexes(db: Queryable, index: CitizenIndex): Promise<number> {
  const { rows } = await db.query<{ account_id: string; citizen_id: string }>(
    `SELECT account_id, citizen_id FROM staff_accounts WHERE citizen_index IS NULL AND erased_at IS NULL AND citizen_id ~ '^[0-9]{13}$'`);
  if (rows.length === 0) return 0;
  await db.query(
    `UPDATE staff_accounts s SET citizen_index = f.citizen_index
     FROM unnest($1::text[], $2::bytea[]) AS f(account_id, citizen_index) WHERE s.account_id = f.account_id AND s.citizen_index IS NULL`,
    [rows.map((r) => r.account_id), rows.map((r) => index(r.citizen_id))]);
  return rows.length;
}

/**
 * The accounts whose holder's citizen id has this blind index: by the keys their events are sealed under (PRINCIPAL),
 * and by the accounts table (an account written before sealing). Sorted; never an erased one (no key, no index left).
 */
export async function accountIdsOfCitizen(db: Queryable, citizenIndex: Buffer): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT substr(stream_id, ${ACCOUNT_PREFIX.length + 1}) AS id FROM personal_data_keys
     WHERE subject_index = $1 AND role = 'PRINCIPAL' AND starts_with(stream_id, '${ACCOUNT_PREFIX}')
     UNION SELECT account_id FROM staff_accounts WHERE citizen_index = $1 ORDER BY 1`, [citizenIndex]);
  return rows.map((row) => row.id);
}

/**
 * The row of an erased account: its personal fields as its stream now reads (the erasure marker), its index cleared,
 * the instant of erasure kept; its password hash and its sessions (with the addresses they came from) deleted.
 */
export async function markAccountErased(db: Queryable, a: StaffAccount, at: Date): Promise<void> {
  await db.query(
    `UPDATE staff_accounts SET citizen_id = $2, title = $3, first_name = $4, last_name = $5, office_phone = $6, mobile_phone = $7,
       citizen_index = NULL, erased_at = coalesce(erased_at, $8) WHERE account_id = $1`,
    [a.accountId, a.citizenId, a.title, a.firstName, a.lastName, a.officePhone, a.mobilePhone, at]);
  await db.query('DELETE FROM staff_sessions WHERE account_id = $1', [a.accountId]);
  await db.query('DELETE FROM staff_credentials WHERE account_id = $1', [a.accountId]);
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
