import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { CodecEventStore } from '../../src/eventstore/event-codec.js';
import { START_OF_LOG, type StoredEvent } from '../../src/eventstore/event-store.port.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { deriveMasterKeys } from '../../src/personal-data/keys/envelope.js';
import { Keyring } from '../../src/personal-data/keys/keyring.js';
import { PersonalDataCodec } from '../../src/personal-data/keys/personal-data-codec.js';
import { PERSONAL_FIELD_CATALOGUE } from '../../src/personal-data/keys/personal-field-catalogue.js';
import { ERASED_MARKER } from '../../src/personal-data/keys/personal-data-shredder.js';
import { SEALED } from '../../src/personal-data/keys/personal-fields.js';
import { readCheckpoints } from '../../src/projections/runner/checkpoints.js';
import { OpenedEvents } from '../../src/projections/runner/opened-events.js';
import type { Projection } from '../../src/projections/runner/projection.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { registration, runCase, step } from '../support/debt-generator.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** A codec that counts the events it is asked to open. */
class CountingCodec extends PersonalDataCodec {
  decoded = 0;
  override decode<E extends Pick<StoredEvent, 'eventId' | 'type' | 'data'>>(events: E[]): Promise<E[]> {
    this.decoded += events.length;
    return super.decode(events);
  }
}

/** Keeps what it is handed, writes nothing. */
class Recorder implements Projection {
  readonly tables = [];
  readonly seen: StoredEvent[] = [];
  constructor(readonly name: string, readonly personalDataOf?: readonly string[]) {}
  async apply(events: readonly StoredEvent[], _tx: pg.ClientBase): Promise<void> {
    this.seen.push(...events);
  }
}

type Debtor = { firstName?: string; [SEALED]?: unknown };
const debtorOf = (event: StoredEvent) => (event.data as { debtor: Debtor }).debtor;

let db: TestDatabase;
let keyring: Keyring;
let codec: CountingCodec;
let store: CodecEventStore;
beforeAll(async () => {
  db = await createTestDatabase();
  keyring = new Keyring(db.pool, deriveMasterKeys(randomBytes(32)), { keysDurableWithTheLog: true });
  codec = new CountingCodec(keyring, PERSONAL_FIELD_CATALOGUE);
  store = new CodecEventStore(new PostgresEventStore(db.pool), codec);
  for (const n of [1, 2, 3]) {
    await runCase(store, `OPENED-${n}`, [registration(n, `OPENED-${n}`, { districtCode: '4901' }), step.contact(), step.transfer('4902')]);
  }
});
afterAll(() => db.drop());

describe('the runner opens personal data only for the projections that read it', () => {
  it('hands a projection the types it names opened and the others as stored', async () => {
    const names = new Recorder('reads-names', ['DebtorRegistered']);
    const counts = new Recorder('reads-no-names', []);
    const everything = new Recorder('reads-everything');
    const runner = new ProjectionRunner(db.pool, store, [names, counts, everything], { pollMs: 10 });
    runner.start();
    try {
      const head = await store.head(START_OF_LOG);
      for (;;) {
        const checkpoints = await readCheckpoints(db.pool);
        if ([names, counts, everything].every((p) => checkpoints.get(p.name)?.position.globalPosition === head.position.globalPosition)) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await runner.stop();
    }
    const registered = (p: Recorder) => p.seen.filter((e) => e.type === 'DebtorRegistered');
    expect(registered(names).map((e) => debtorOf(e).firstName)).toEqual(['ลูกหนี้1', 'ลูกหนี้2', 'ลูกหนี้3']);
    expect(registered(counts).map((e) => debtorOf(e).firstName)).toEqual([undefined, undefined, undefined]);
    expect(registered(counts).every((e) => debtorOf(e)[SEALED] !== undefined)).toBe(true);
    const transfers = (p: Recorder) => p.seen.filter((e) => e.type === 'DebtCaseTransferred').map((e) => (e.data as { reason?: string }).reason);
    expect(transfers(names)).toEqual([undefined, undefined, undefined]);
    expect(transfers(everything)).toEqual(['ลูกหนี้ย้ายภูมิลำเนา', 'ลูกหนี้ย้ายภูมิลำเนา', 'ลูกหนี้ย้ายภูมิลำเนา']);
  });

  it('opens each event of a batch once, for whichever projection wants it first, and none for a projection wanting none', async () => {
    const { log, opener } = OpenedEvents.of(store);
    const batch = await log.readAll(START_OF_LOG, 100);
    codec.decoded = 0;
    await opener.for(new Recorder('reads-no-names', []), batch);
    expect(codec.decoded).toBe(0);
    const names = await opener.for(new Recorder('reads-names', ['DebtorRegistered']), batch);
    expect(codec.decoded).toBe(3);
    const everything = await opener.for(new Recorder('reads-everything'), batch);
    expect(codec.decoded).toBe(9);
    await opener.for(new Recorder('reads-everything-too'), batch);
    expect(codec.decoded).toBe(9);
    const dataOfTransfers = Object.assign(new Recorder('reads-transfers'), { dataOf: ['DebtCaseTransferred'] });
    const transfers = await opener.for(dataOfTransfers, batch);
    expect(transfers.filter((e) => e.type === 'DebtCaseTransferred').every((e) => (e.data as { reason?: string }).reason === 'ลูกหนี้ย้ายภูมิลำเนา')).toBe(true);
    expect(transfers.filter((e) => e.type === 'DebtorRegistered').every((e) => debtorOf(e).firstName === undefined)).toBe(true);
    const registrationOf = (events: StoredEvent[]) => events.find((e) => e.type === 'DebtorRegistered');
    expect(registrationOf(everything)).toBe(registrationOf(names));
  });

  it('opens an event again once this process has learnt of an erasure, which shows the marker from then on', async () => {
    const { log, opener } = OpenedEvents.of(store);
    const batch = await log.readAll(START_OF_LOG, 100);
    const reader = new Recorder('reads-names', ['DebtorRegistered']);
    codec.decoded = 0;
    const first = await opener.for(reader, batch);
    await opener.for(reader, batch);
    expect(codec.decoded).toBe(3);
    const registration = first.find((e) => e.type === 'DebtorRegistered')!;
    await db.pool.query('DELETE FROM personal_data_keys WHERE stream_id = $1', [registration.streamId]);
    keyring.forgetAll();
    const again = await opener.for(reader, batch);
    expect(codec.decoded).toBe(6);
    expect(debtorOf(again.find((e) => e.eventId === registration.eventId)!).firstName).toBe(ERASED_MARKER);
  });
});
