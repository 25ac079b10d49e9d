import type pg from 'pg';
import { identityErrors } from './identity-errors.js';
import { coversOffice, type StaffProfile } from './staff-authority.js';
import { accountsByIds, accountsOfOffice, type AccountRow } from './staff-accounts.store.js';
import { officeFromCode } from './staff-office.js';

/** Accounts as the table lists them, for readers whose area covers their office. */
export class StaffDirectory {
  constructor(private readonly pool: pg.Pool) {}

  /** An account outside the reader's area is answered exactly like one that does not exist. */
  async account(reader: StaffProfile, accountId: string): Promise<AccountRow> {
    const [row] = await accountsByIds(this.pool, [accountId.trim()]);
    if (!row || !coversOffice(reader, row.office)) throw identityErrors.accountNotFound();
    return row;
  }

  async accountsOf(reader: StaffProfile, officeCode: string): Promise<AccountRow[]> {
    const office = officeFromCode(officeCode);
    return coversOffice(reader, office) ? accountsOfOffice(this.pool, office) : [];
  }
}
