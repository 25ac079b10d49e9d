import type pg from 'pg';
import type { EventDataCodec } from '../../eventstore/event-codec.js';
import type { NewStream, StoredEvent } from '../../eventstore/event-store.port.js';
import { open, seal } from './envelope.js';
import type { Keyring } from './keyring.js';
import { keysWanted, openData, type PersonalFieldCatalogue, sealData, sealedKeyIds } from './personal-fields.js';

/**
 * The log's codec for personal data: on the way in, each event of a type in the catalogue has its personal fields
 * sealed under their subjects' keys (made at need, in one statement for the whole write); on the way out, every
 * sealed part is opened with keys fetched in one statement for the whole batch, or shows the erasure marker when
 * its key was destroyed. The hash chain is computed by the database over what is stored, the sealed parts, so
 * erasure, which destroys keys only, leaves every hash as it was.
 */
export class PersonalDataCodec implements EventDataCodec {
  constructor(readonly keyring: Keyring, private readonly catalogue: PersonalFieldCatalogue, private readonly tx?: pg.ClientBase) {}

  /** The codec of a log inside the caller's transaction: its keys made and read on that transaction's connection. */
  within(tx: pg.ClientBase): PersonalDataCodec {
    return new PersonalDataCodec(this.keyring, this.catalogue, tx);
  }

  /** The blind index of a citizen id (13 Arabic digits), by which the keys table finds the person's streams. */
  subjectIndex(citizenDigits: string): Buffer {
    return this.keyring.subjectIndex(citizenDigits);
  }

  /** The keyring's count of erasures learnt: states folded from events opened before a later one are folded again. */
  erasures(): number {
    return this.keyring.erasures;
  }

  async encode(streams: readonly NewStream[]): Promise<NewStream[]> {
    const wants = streams.flatMap(({ streamId, events }) =>
      events.flatMap((event) => keysWanted(this.catalogue[event.type], event.data).map((want) => ({ streamId, want }))));
    if (wants.length === 0) return [...streams];
    const keys = await this.keyring.keysFor(wants, this.tx);
    return streams.map(({ streamId, events }) => ({
      streamId,
      events: events.map((event) => {
        const parts = this.catalogue[event.type];
        if (!parts) return event;
        const data = sealData(parts, event.data, event.eventId, (want, associated, plaintext) => {
          const { keyId, key } = keys.get(this.keyring.refOf(streamId, want))!;
          return { keyId, box: seal(key, associated, plaintext) };
        });
        return data === event.data ? event : { ...event, data };
      }),
    }));
  }

  /** The keys that sealed these committed streams are flushed with them: the keyring keeps them for sealing. */
  committed(streams: readonly NewStream[]): void {
    if (!this.keyring.awaitingConfirmation) return;
    const ids = new Set<string>();
    for (const { events } of streams) for (const event of events) if (this.catalogue[event.type]) sealedKeyIds(event.data, ids);
    this.keyring.confirm(ids);
  }

  async decode<E extends Pick<StoredEvent, 'eventId' | 'type' | 'data'>>(events: E[]): Promise<E[]> {
    const ids = new Set<string>();
    for (const event of events) if (event.data != null && this.catalogue[event.type]) sealedKeyIds(event.data, ids);
    if (ids.size === 0) return events;
    const keys = await this.keyring.open(ids, this.tx);
    return events.map((event) => {
      if (event.data == null || !this.catalogue[event.type]) return event;
      const data = openData(event.data, event.eventId, (keyId, associated, box) => {
        const key = keys.get(keyId);
        return key ? open(key, associated, box) : undefined;
      });
      return data === event.data ? event : { ...event, data };
    });
  }
}
