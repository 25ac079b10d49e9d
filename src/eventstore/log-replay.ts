import { type EventStore, type LogPosition, START_OF_LOG, type StoredEvent } from './event-store.port.js';

const BATCH = 5_000;

const compare = (a: LogPosition, b: LogPosition): number =>
  a.transactionId !== b.transactionId ? (a.transactionId < b.transactionId ? -1 : 1)
    : a.globalPosition === b.globalPosition ? 0 : a.globalPosition < b.globalPosition ? -1 : 1;

/**
 * The log read once from its start, in its one global order, in stretches: each call of `until` gives the events
 * after those it gave before, up to and including a position. Whoever folds the log to several positions (the
 * frozen reports regenerated, oldest first) reads it once instead of once per position.
 */
export class LogReplay {
  private from: LogPosition = START_OF_LOG;
  private pending: StoredEvent[] = [];
  private next = 0;

  constructor(private readonly store: EventStore, private readonly batchSize = BATCH) {}

  async *until(position: LogPosition): AsyncGenerator<StoredEvent> {
    for (;;) {
      while (this.next < this.pending.length) {
        const event = this.pending[this.next];
        if (compare(event.position, position) > 0) return;
        this.next += 1;
        yield event;
      }
      const batch = await this.store.readAll(this.from, this.batchSize);
      if (batch.length === 0) return;
      this.pending = batch;
      this.next = 0;
      this.from = batch[batch.length - 1].position;
    }
  }
}
