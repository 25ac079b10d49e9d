import type { EventStore, NewStream, NewStreamsResult } from '../eventstore/event-store.port.js';

/**
 * What `appendNewStreams` would answer for these streams, writing nothing: a stream with a first event in
 * the log exists already (imported before), the others would be created.
 */
export async function dryRunNewStreams(store: EventStore, streams: readonly NewStream[]): Promise<NewStreamsResult> {
  const found = await Promise.all(streams.map(({ streamId }) => store.readStream(streamId, { toVersion: 1 })));
  const ids = streams.map((s) => s.streamId);
  return { created: ids.filter((_, i) => found[i].length === 0), existing: ids.filter((_, i) => found[i].length > 0) };
}
