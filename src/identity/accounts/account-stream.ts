import type { EventStore } from '../../eventstore/event-store.port.js';
import { fold } from '../../shared/decider.js';
import type { AccountState } from './account-state.js';
import { accountDecider } from './account.decider.js';
import { accountStreamId, type AccountEvent } from './account.events.js';

/**
 * The account as its stream stands now: what sign-in and every signed-in request judge by, so that a
 * suspension or a move counts from the moment it is recorded, whatever any table or cache says.
 */
export async function currentAccount(store: EventStore, accountId: string): Promise<AccountState> {
  const events = await store.readStream(accountStreamId(accountId));
  return fold(accountDecider, events.map((e) => ({ type: e.type, data: e.data }) as AccountEvent));
}
