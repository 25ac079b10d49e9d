import { Global, Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import pg from 'pg';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, OWNER_POOL } from '../../database/database.module.js';
import { CaseCommandHandler } from '../../eventstore/case-command.js';
import { EVENT_DATA_CODEC } from '../../eventstore/event-codec.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { allProjections } from '../../projections/projection-list.js';
import { errorLogLine } from '../../shared/error-log-line.js';
import { Keyring } from './keyring.js';
import { masterKeys } from './master-key.js';
import { PersonalDataCodec } from './personal-data-codec.js';
import { PERSONAL_DATA_SHREDDER } from './personal-data-shredder.js';
import { PERSONAL_FIELD_CATALOGUE } from './personal-field-catalogue.js';
import { KEYS_DESTROYED_CHANNEL, Shredder } from './shredder.js';

const logger = new Logger('PersonalDataKeys');

/**
 * Crypto-shredding of personal data (issue 17): the keyring, the log's codec that seals and opens personal fields,
 * and the shredder. It listens for the erasures of other processes on a connection of its own. An erasure also has the
 * case commands' handler forget the states it kept of the streams it wrote (folded from values now erased).
 */
@Global()
@Module({
  providers: [
    {
      provide: Keyring,
      inject: [APP_CONFIG, OWNER_POOL],
      useFactory: async (config: AppConfig, pool: pg.Pool) =>
        new Keyring(pool, await masterKeys(config.masterKey), { keysDurableWithTheLog: config.eventStore === 'postgres' }),
    },
    { provide: EVENT_DATA_CODEC, inject: [Keyring], useFactory: (keyring: Keyring) => new PersonalDataCodec(keyring, PERSONAL_FIELD_CATALOGUE) },
    {
      provide: PERSONAL_DATA_SHREDDER,
      inject: [OWNER_POOL, Keyring, EVENT_STORE],
      useFactory: (pool: pg.Pool, keyring: Keyring, store: EventStore) => new Shredder(pool, keyring, store, allProjections()),
    },
  ],
  exports: [Keyring, EVENT_DATA_CODEC, PERSONAL_DATA_SHREDDER],
})
export class PersonalDataKeysModule implements OnModuleInit, OnApplicationShutdown {
  private listener?: pg.Client;

  constructor(
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    private readonly keyring: Keyring,
    @Inject(ModuleRef) private readonly modules: ModuleRef,
  ) {}

  /** On a connection of its own, outside the owner's pool, whose connections the projections and requests need. */
  async onModuleInit(): Promise<void> {
    const commands = this.modules.get(CaseCommandHandler, { strict: false });
    this.keyring.onForget(() => commands.forgetStates());
    const client = new pg.Client(this.pool.options);
    await client.connect();
    client.on('notification', () => this.keyring.forgetAll());
    client.on('error', (error) => logger.error(`erasure notices: ${errorLogLine(error)}`));
    await client.query(`LISTEN ${KEYS_DESTROYED_CHANNEL}`);
    this.listener = client;
  }

  async onApplicationShutdown(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }
}
