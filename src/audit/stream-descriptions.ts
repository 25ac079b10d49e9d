import type { StoredEvent } from '../eventstore/event-store.port.js';
import type { HistoryReader } from '../eventstore/history-reader.js';
import { UnreadableEventError } from '../shared/event-schema.js';
import { describeEvents, type DescribedEvent, type HistorySpec } from './field-changes.js';
import { historySpecOf } from './history-specs.js';
import { perRequest } from './per-request.js';

/** A stored event as its stream's history reads it now (upcast); an event it cannot read stops the description, naming it. */
function readAsWrittenNow(spec: HistorySpec, stored: StoredEvent): { type: string; data: unknown } {
  if (!spec.read) return { type: stored.type, data: stored.data };
  try {
    return spec.read(stored);
  } catch (error) {
    if (error instanceof UnreadableEventError) throw error.at(stored.streamId, stored.version);
    throw error;
  }
}

/**
 * The typed description of one event of a stream (its label and field changes), found by folding its stream
 * through the history reader (so in the reader's area scope, as the history itself was read). Each stream is
 * read and described once per request, however many of its entries are asked for.
 */
export class StreamDescriptions {
  private readonly stream: (streamId: string) => Promise<DescribedEvent[]>;

  constructor(reader: HistoryReader) {
    this.stream = perRequest(async (streamId) => {
      const spec = historySpecOf(streamId);
      if (!spec) return [];
      const events = await reader.readStream(streamId);
      return describeEvents(spec, events.map((e) => readAsWrittenNow(spec, e)));
    });
  }

  async of(streamId: string, version: number): Promise<DescribedEvent | undefined> {
    return (await this.stream(streamId))[version - 1];
  }
}
