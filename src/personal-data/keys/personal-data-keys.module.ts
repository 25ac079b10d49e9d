import { Global, Inject, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type pg from 'pg';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, OWNER_POOL } from '../../database/database.module.js';
import { NoticeListener } from '../../database/notices.js';
import { CaseCommandHandler } from '../../eventstore/case-command.js';
import { EVENT_DATA_CODEC } from '../../eventstore/event-codec.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { allProjections } from '../../projections/projection-list.js';
import { Keyring } from './keyring.js';
import { masterKeys } from './master-key.js';
import { PersonalDataCodec } from './personal-data-codec.js';
import { PERSONAL_DATA_SHREDDER } from './personal-data-shredder.js';
import { PERSONAL_FIELD_CATALOGUE } from './personal-field-catalogue.js';
import { KEYS_DESTROYED_CHANNEL, Shredder } from './shredder.js';

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
  private listener?: NoticeListener;

  constructor(
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    private readonly keyring: Keyring,
    @Inject(ModuleRef) private readonly modules: ModuleRef,
  ) {}

  /**
   * On a connection of its own, outside the owner's pool, whose connections the projections and requests need. While
   * it is lost another process's erasure may go unheard: the keys held here are forgotten then too, and read again
   * from the table (where an erased one is gone) when next needed.
   */
  async onModuleInit(): Promise<void> {
    const commands = this.modules.get(CaseCommandHandler, { strict: false });
    this.keyring.onForget(() => commands.forgetStates());
    const forget = () => this.keyring.forgetAll();
    this.listener = new NoticeListener(this.pool.options, [KEYS_DESTROYED_CHANNEL], { notice: forget, lost: forget }, 'PersonalDataKeys');
    await this.listener.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.close();
  }
}
