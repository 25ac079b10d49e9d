import type { EventStore } from '../../eventstore/event-store.port.js';
import { foldRecorded } from '../../shared/decider.js';
import { type BusinessFilersState, businessFilerDecider } from './business-filer.decider.js';
import { businessStreamId } from './business-filer.events.js';

/**
 * A business's authorised filers as its stream has them now (not the read model, which may trail): what a filing for
 * it is decided on, so a revocation holds from the moment it is stored.
 */
export async function filersOnRecord(store: EventStore, businessNo: number): Promise<BusinessFilersState> {
  return foldRecorded(businessFilerDecider, await store.readStream(businessStreamId(businessNo))).state;
}
