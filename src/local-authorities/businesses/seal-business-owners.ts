import type pg from 'pg';
import { inTransaction } from '../../database/transaction.js';
import type { Keyring } from '../../personal-data/keys/keyring.js';
import { MONTHLY_RETURN_STREAM_PREFIX } from '../monthly-returns/monthly-return.events.js';
import { ownerKeyOf, sealOwner } from './business-owner-seal.js';

/**
 * Seals in place the natural-person owners of the businesses registered before migration 1088 (`personal-data
 * seal-log` runs it after the log): each row's citizen id and name go into its sealed box under the owner's key, the
 * blind index takes their place for lookups, and in local_business_kinds too. The business's monthly returns stored
 * before schema 2 named no owner (their signers and reasons are sealed under each return's own key): the owner is made
 * their principal subject (a key of theirs in each return's stream, PRINCIPAL), so that their erasure takes those too.
 * A batch a transaction, so a run stopped anywhere resumes with the rows left plain; a row sealed already is not read
 * again. Answers the rows sealed.
 */
export async function sealBusinessOwners(pool: pg.Pool, keyring: Keyring, batchSize = 500): Promise<number> {
  let sealed = 0;
  for (;;) {
    const count = await inTransaction(pool, async (tx) => {
      const { rows } = await tx.query<{ business_no: number; owner_id: string; owner_name: string }>(
        `SELECT business_no, owner_id, owner_name FROM local_businesses WHERE owner_kind = 'CITIZEN' AND owner_id IS NOT NULL
         ORDER BY business_no LIMIT $1 FOR UPDATE`, [batchSize]);
      for (const row of rows) {
        const seal = await sealOwner(keyring, tx, row.business_no, row.owner_id, row.owner_name);
        const { rows: returns } = await tx.query<{ stream_id: string }>(
          `SELECT DISTINCT stream_id FROM events WHERE starts_with(stream_id, $1) ORDER BY stream_id`, [`${MONTHLY_RETURN_STREAM_PREFIX}${row.business_no}-`]);
        const want = { citizenId: row.owner_id, role: 'PRINCIPAL' as const };
        if (returns.length > 0) await keyring.keysFor(returns.map(({ stream_id: streamId }) => ({ streamId, want })), tx);
        await tx.query(`UPDATE local_business_kinds SET owner_id = $2 WHERE business_no = $1`, [row.business_no, ownerKeyOf(seal, row.owner_id)]);
        await tx.query(`UPDATE local_businesses SET owner_id = NULL, owner_name = NULL, owner_index = $2, owner_sealed = $3 WHERE business_no = $1`,
          [row.business_no, seal.index, JSON.stringify(seal.sealed)]);
      }
      return rows.length;
    });
    if (count === 0) return sealed;
    sealed += count;
  }
}
