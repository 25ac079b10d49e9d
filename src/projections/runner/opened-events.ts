import { CodecEventStore, type EventDataCodec } from '../../eventstore/event-codec.js';
import type { EventStore, StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from './projection.js';

type Opening = { erasures: number; event: Promise<StoredEvent> };

/**
 * The sealed personal data of the log's events, opened for the projections that read it (Projection.personalDataOf)
 * and no others: the runner reads the log as stored, once for every projection, and each event is opened at most
 * once, by the first projection that wants it, for all of them. An event opened before an erasure this process has
 * learnt of is opened again (it may show the marker now).
 */
export class OpenedEvents {
  private readonly opened = new WeakMap<StoredEvent, Opening>();

  private constructor(private readonly codec: EventDataCodec | undefined) {}

  /** The log the runner reads (the store without its codec), and the opener of what it reads. */
  static of(store: EventStore): { log: EventStore; opener: OpenedEvents } {
    return store instanceof CodecEventStore
      ? { log: store.inner, opener: new OpenedEvents(store.codec) }
      : { log: store, opener: new OpenedEvents(undefined) };
  }

  /**
   * The batch as `projection` reads it: the events of the types it names opened (personalDataOf; else those whose data
   * it reads, dataOf; else every type).
   */
  async for(projection: Projection, batch: readonly StoredEvent[]): Promise<StoredEvent[]> {
    const codec = this.codec;
    if (!codec) return [...batch];
    const named = projection.personalDataOf ?? projection.dataOf;
    const types = named && new Set(named);
    const wants = (event: StoredEvent) => event.data != null && (!types || types.has(event.type));
    const erasures = codec.erasures?.() ?? 0;
    const unopened = batch.filter((event) => wants(event) && this.opened.get(event)?.erasures !== erasures);
    if (unopened.length > 0) {
      const decoded = codec.decode(unopened);
      const openings = unopened.map((event, i) => ({ erasures, event: decoded.then((events) => events[i]) }));
      unopened.forEach((event, i) => this.opened.set(event, openings[i]));
      // A failed opening (the keys could not be read) is not kept: the runner's next attempt opens them again.
      decoded.catch(() => unopened.forEach((event, i) => {
        if (this.opened.get(event) === openings[i]) this.opened.delete(event);
      }));
    }
    return Promise.all(batch.map((event) => (wants(event) ? this.opened.get(event)!.event : event)));
  }
}
