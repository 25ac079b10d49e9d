import type pg from 'pg';
import { decodeCursor, encodeCursor, type Page, pageOf } from '../../shared/page.js';
import { identityErrors } from '../identity-errors.js';
import { coversOffice, type StaffProfile } from '../scope/staff-authority.js';
import {
  type AccountListKey, type AccountRow, accountsByIds, accountsOfOffice, countAccountsOfOffice,
} from './staff-accounts.store.js';
import { officeFromCode } from '../scope/staff-office.js';

const isAccountKey = (value: unknown): value is AccountListKey =>
  Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string');

/** Accounts as the table lists them, for readers whose area covers their office. */
export class StaffDirectory {
  constructor(private readonly pool: pg.Pool) {}

  /** An account outside the reader's area is answered exactly like one that does not exist. */
  async account(reader: StaffProfile, accountId: string): Promise<AccountRow> {
    const [row] = await accountsByIds(this.pool, [accountId.trim()]);
    if (!row || !coversOffice(reader, row.office)) throw identityErrors.accountNotFound();
    return row;
  }

  /** A page of an office's accounts by name; an office outside the reader's area lists none. */
  async accountsOf(
    reader: StaffProfile, officeCode: string, first: number, after?: string | null,
  ): Promise<Page<AccountRow> & { totalCount: () => Promise<number> }> {
    const office = officeFromCode(officeCode);
    const covered = coversOffice(reader, office);
    const key = after ? decodeCursor(after, isAccountKey) : null;
    const rows = covered ? await accountsOfOffice(this.pool, office, first + 1, key) : [];
    const page = pageOf(rows, first, (row) => encodeCursor([row.firstName, row.lastName, row.accountId]), after);
    return { ...page, totalCount: async () => (covered ? countAccountsOfOffice(this.pool, office) : 0) };
  }
}
