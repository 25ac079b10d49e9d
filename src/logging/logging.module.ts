import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type pino from 'pino';
import { httpLogOptions } from './http-log.js';

/**
 * nestjs-pino on the service's logger (log.ts): Nest's `Logger` of every slice writes through it once the
 * application calls `app.useLogger(app.get(Logger))`, and each request's lines carry its id (http-log.ts).
 */
@Module({})
export class LoggingModule {
  static forRoot(log: pino.Logger): DynamicModule {
    return { module: LoggingModule, imports: [LoggerModule.forRoot({ pinoHttp: httpLogOptions(log) })], exports: [LoggerModule] };
  }
}
