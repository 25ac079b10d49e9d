import type { HistoryReader } from '../eventstore/history-reader.js';
import { describeEvents, type DescribedEvent } from './field-changes.js';
import { historySpecOf } from './history-specs.js';
import { perRequest } from './per-request.js';

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
      return describeEvents(spec, events.map((e) => ({ type: e.type, data: e.data })));
    });
  }

  async of(streamId: string, version: number): Promise<DescribedEvent | undefined> {
    return (await this.stream(streamId))[version - 1];
  }
}
