import type pg from 'pg';
import { inTransaction } from '../../database/transaction.js';
import type { EventStore, StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from './projection.js';
import { swapLockKey } from './projection-runner.js';

const CHECKPOINT = 'SELECT transaction_id::text AS xid, global_position::text AS gp FROM projection_checkpoints WHERE name = $1';

const upTo = (checkpoint: { xid: string; gp: string }) => (event: StoredEvent) => {
  const xid = BigInt(checkpoint.xid);
  return event.position.transactionId < xid
    || (event.position.transactionId === xid && event.position.globalPosition <= BigInt(checkpoint.gp));
};

const inLogOrder = (a: StoredEvent, b: StoredEvent) =>
  a.position.transactionId === b.position.transactionId
    ? Number(a.position.globalPosition - b.position.globalPosition)
    : a.position.transactionId < b.position.transactionId ? -1 : 1;

/**
 * Makes the rows of some streams anew, in every projection that can forget a stream (Projection.forgetStreams), from
 * the log as it reads now: after an erasure, with the marker in place of the erased fields. Each projection's in one
 * transaction that holds its swap lock exclusively, so that its batches wait meanwhile and none writes back a row
 * folded from before: its rows of the streams are deleted and the streams' events up to its checkpoint applied
 * again (those after it are the runner's to apply, as ever).
 */
export async function refoldStreams(pool: pg.Pool, store: EventStore, projections: readonly Projection[], streamIds: readonly string[]): Promise<void> {
  const forgetting = projections.filter((projection) => projection.forgetStreams);
  if (forgetting.length === 0 || streamIds.length === 0) return;
  const events: StoredEvent[] = [];
  for (const streamId of streamIds) events.push(...(await store.readStream(streamId)));
  events.sort(inLogOrder);
  for (const projection of forgetting) {
    await inTransaction(pool, async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [swapLockKey(projection.name)]);
      const { rows: [checkpoint] } = await tx.query<{ xid: string; gp: string }>(CHECKPOINT, [projection.name]);
      await projection.forgetStreams!(streamIds, tx);
      const applied = checkpoint ? events.filter(upTo(checkpoint)) : [];
      if (applied.length > 0) await projection.apply(applied, tx);
    });
  }
}
