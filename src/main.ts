import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { ConfigError, loadConfig } from './config/config.js';
import { openDatabase, type Database } from './database/database.js';

const logger = new Logger('Damrong');

function fail(error: unknown): never {
  const line = error instanceof ConfigError ? error.message : `start-up failed: ${(error as Error)?.message ?? error}`;
  console.error(`Damrong cannot start: ${line}`);
  process.exit(1);
}

async function bootstrap(): Promise<void> {
  let database: Database | undefined;
  try {
    const config = loadConfig();
    database = await openDatabase(config, { sessionTimeouts: config.sessionTimeouts });
    for (const warning of database.warnings ?? []) logger.warn(warning);
    const app = await NestFactory.create(AppModule.forRoot(database, config), { logger: ['log', 'warn', 'error'] });
    await app.listen(config.port, config.host).catch((error: NodeJS.ErrnoException) => {
      throw new ConfigError(error.code === 'EADDRNOTAVAIL' ? 'HOST' : 'PORT', `cannot listen on ${config.host} port ${config.port} (${error.code ?? error.message})`);
    });
    const address = config.host.includes(':') ? `[${config.host}]` : config.host;
    logger.log(`GraphQL at http://${address}:${config.port}/graphql on ${database.describe}`);
    const db = database;
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      logger.log(`${signal}: closing`);
      await app.close();
      await db.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    await database?.close().catch(() => undefined);
    fail(error);
  }
}

void bootstrap();
