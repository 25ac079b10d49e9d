import { InMemoryEventStore } from '../../src/eventstore/in-memory/in-memory-event-store.js';
import { eventStoreContract } from './event-store.contract.js';

const store = new InMemoryEventStore();
eventStoreContract('in-memory adapter', () => store);
