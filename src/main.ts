import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { ConfigError, loadConfig } from './config/config.js';
import { openDatabase, type Database } from './database/database.js';
import { createLog } from './logging/log.js';
import { DomainError } from './shared/domain-error.js';

/** The one line of a start-up that failed, on stderr, and the exit: no stack trace, nothing logged before it. */
function fail(error: unknown): never {
  const line = error instanceof ConfigError ? error.message
    : error instanceof DomainError ? `${error.field ? `${error.field}: ` : ''}${error.messageEn}`
      : `start-up failed: ${(error as Error)?.message ?? error}`;
  console.error(`Damrong cannot start: ${line}`);
  process.exit(1);
}

/**
 * Starts the service. Until it listens, nothing is written but the failure line: Nest's own start-up lines wait
 * in its buffer (bufferLogs) and reach the log, through pino, only once the port is taken.
 */
async function bootstrap(): Promise<void> {
  let database: Database | undefined;
  try {
    const config = loadConfig();
    const log = createLog(config.logLevel);
    const logger = log.child({ context: 'Damrong' });
    database = await openDatabase(config, { sessionTimeouts: config.sessionTimeouts });
    const app = await NestFactory.create(AppModule.forRoot(database, config, log), { bufferLogs: true, autoFlushLogs: false, abortOnError: false });
    // Start-up work first (a refusal of it is its own line), then the port.
    await app.init();
    await app.listen(config.port, config.host).catch((error: NodeJS.ErrnoException) => {
      throw new ConfigError(error.code === 'EADDRNOTAVAIL' ? 'HOST' : 'PORT', `cannot listen on ${config.host} port ${config.port} (${error.code ?? error.message})`);
    });
    app.useLogger(app.get(Logger));
    app.flushLogs();
    for (const warning of database.warnings ?? []) logger.warn(warning);
    const address = config.host.includes(':') ? `[${config.host}]` : config.host;
    logger.info(`GraphQL at http://${address}:${config.port}/graphql on ${database.describe}`);
    const db = database;
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      logger.info(`${signal}: closing`);
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
