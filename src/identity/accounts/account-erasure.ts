import type pg from 'pg';
import { inTransaction } from '../../database/transaction.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { currentAccount } from './account-stream.js';
import { accountStreamId } from './account.events.js';
import { markAccountErased } from './staff-accounts.store.js';

const PREFIX = accountStreamId('');

/**
 * After the keys of a former staff member were destroyed: each of their account streams among `streamIds` is folded
 * again (its personal fields now read as the erasure marker) and its row rewritten from it, its index cleared, its
 * password hash and sessions deleted (markAccountErased). Position, level and office stay: the events the account
 * wrote on cases still name it by its id, in its role. Other streams are left to the projections.
 */
export async function recordAccountsErased(pool: pg.Pool, store: EventStore, streamIds: readonly string[], at: Date): Promise<void> {
  for (const streamId of streamIds.filter((id) => id.startsWith(PREFIX))) {
    const account = await currentAccount(store, streamId.slice(PREFIX.length));
    if (account) await inTransaction(pool, (tx) => markAccountErased(tx, account, at));
  }
}
