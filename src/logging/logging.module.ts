import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type pino from 'pino';
import { GraphQLRequestLogMiddleware } from './graphql-request-log.middleware.js';
import { httpLogOptions } from './http-log.js';

/** A GraphQL operation: logged by graphql/operation-log.plugin.ts, bound to its id by GraphQLRequestLogMiddleware. */
const GRAPHQL_OPERATION = { path: 'graphql', method: RequestMethod.POST };

/**
 * nestjs-pino on the service's logger (log.ts): Nest's `Logger` of every slice writes through it once the
 * application calls `app.useLogger(app.get(Logger))`, and each request's lines carry its id (http-log.ts; a GraphQL
 * operation's by GraphQLRequestLogMiddleware, without pino-http's per-request work that no line of it uses).
 */
@Module({})
export class LoggingModule implements NestModule {
  static forRoot(log: pino.Logger): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot({ pinoHttp: httpLogOptions(log), exclude: [GRAPHQL_OPERATION] })],
      providers: [GraphQLRequestLogMiddleware],
      exports: [LoggerModule],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(GraphQLRequestLogMiddleware).forRoutes(GRAPHQL_OPERATION);
  }
}
