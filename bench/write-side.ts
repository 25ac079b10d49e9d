import { randomBytes } from 'node:crypto';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type pg from 'pg';
import { loadConfig } from '../src/config/config.js';
import { DatabaseModule } from '../src/database/database.module.js';
import { CodecEventStore, EVENT_DATA_CODEC, type EventDataCodec } from '../src/eventstore/event-codec.js';
import { EventStoreModule } from '../src/eventstore/eventstore.module.js';
import { IdentityModule } from '../src/identity/identity.module.js';
import { AuthorityRegisterModule } from '../src/local-authorities/authority-register.module.js';
import { Metrics } from '../src/metrics/metrics.js';
import { MetricsModule } from '../src/metrics/metrics.module.js';
import { PostgresEventStore } from '../src/eventstore/postgres/postgres-event-store.js';
import { deriveMasterKeys } from '../src/personal-data/keys/envelope.js';
import { Keyring } from '../src/personal-data/keys/keyring.js';
import { PersonalDataCodec } from '../src/personal-data/keys/personal-data-codec.js';
import type { Projection } from '../src/projections/runner/projection.js';
import { ProjectionRunner } from '../src/projections/runner/projection-runner.js';

@Module({})
class WriteSideBenchModule {}

@Module({})
class BenchKeysModule {}

/**
 * The keyring and the codec as PersonalDataKeysModule provides them (global), without its listener: the codec's own
 * keyring when sealing, else one under a master key made for the run (the identity module keys its blind index with it).
 */
export function keysModule(pool: pg.Pool, codec?: EventDataCodec): DynamicModule {
  const keyring = codec instanceof PersonalDataCodec ? codec.keyring : new Keyring(pool, deriveMasterKeys(randomBytes(32)));
  const providers = [{ provide: Keyring, useValue: keyring }, ...(codec ? [{ provide: EVENT_DATA_CODEC, useValue: codec }] : [])];
  return { module: BenchKeysModule, global: true, providers, exports: providers.map((p) => p.provide) };
}

/**
 * A case type's write side as the service wires it: a Nest application context with the database, the event
 * store (CommandBus, CaseCommandHandler and its stream cache), the metrics it reports to, the identity module its
 * controllers' guards need (with the register of local authorities it asks), and `caseModule`; `work` gets its
 * `handlers`. The `alongside` projections run meanwhile, as in the service: a command that reads a read model and the
 * log past its checkpoint (the debt registration's open cases, the complaint duplicate check) reads a short tail, not
 * every event written since the run began. With a
 * `codec` (the sealing of personal data) the commands' events pass through it; the runner reads through `readWith`,
 * the same codec unless another is given (a run writing plain after one that sealed still reads the sealed events).
 */
export async function withWriteSide<H, T>(
  pool: pg.Pool, caseModule: Type, handlers: Type<H>, alongside: Projection[], work: (handlers: H) => Promise<T>, codec?: EventDataCodec,
  readWith: EventDataCodec | undefined = codec,
): Promise<T> {
  const log = new PostgresEventStore(pool);
  const runner = new ProjectionRunner(pool, readWith ? new CodecEventStore(log, readWith) : log, alongside, { pollMs: 10 });
  runner.start();
  const app = await NestFactory.createApplicationContext({
    module: WriteSideBenchModule,
    imports: [DatabaseModule.forRoot({ pool, requestUrl: pool.options.connectionString!, describe: 'bench', close: async () => undefined }, loadConfig({})),
      MetricsModule.forRoot(new Metrics()), EventStoreModule, IdentityModule, AuthorityRegisterModule, caseModule, keysModule(pool, codec)],
  }, { logger: ['error'] });
  try {
    return await work(app.get(handlers));
  } finally {
    await app.close();
    await runner.stop();
  }
}
