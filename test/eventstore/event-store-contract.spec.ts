import { describeEachTarget } from '../support/event-store-targets.js';
import { eventStoreContract } from './event-store.contract.js';

// The in-memory adapter runs it in in-memory-event-store.spec.ts.
describeEachTarget('the EventStore contract', (opened, target) => {
  eventStoreContract(`${target.name} adapter`, () => opened().store, target.capabilities);
});
