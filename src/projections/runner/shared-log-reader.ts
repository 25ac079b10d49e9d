import type { EventStore, LogPosition, ReadAllOptions, StoredEvent } from '../../eventstore/event-store.port.js';

type LogReader = Pick<EventStore, 'readAll'>;

/**
 * The projections of one process read the same log, batch after batch from the same positions. A full
 * batch never changes once read (readAll stops below every append still open), so the last few full batches
 * are kept and handed to every projection that asks for them; a projection behind the others reads from
 * memory, and a batch being read is read once. Events are shared: projections must not change them.
 */
export class SharedLogReader implements LogReader {
  private readonly batches = new Map<string, Promise<StoredEvent[]>>();

  constructor(private readonly store: LogReader, private readonly keep = 16) {}

  readAll(from: LogPosition, batchSize: number, options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const key = `${from.transactionId}/${from.globalPosition}/${batchSize}/${options.dataOf?.join(',') ?? '*'}`;
    const known = this.batches.get(key);
    if (known) return known;
    const read = this.store.readAll(from, batchSize, options);
    this.batches.set(key, read);
    read.then((batch) => {
      if (batch.length < batchSize) this.batches.delete(key); // the tail grows: read it again next time
    }, () => this.batches.delete(key));
    while (this.batches.size > this.keep) this.batches.delete(this.batches.keys().next().value!);
    return read;
  }
}
