import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { requestIdOf } from './request-id.js';

/**
 * What pino-http did for a GraphQL operation, which has no end line of its own (operation-log.plugin.ts writes it):
 * the request's id (`x-request-id`) and, for every line logged while it is handled, a logger bound to that id
 * (nestjs-pino's context, as `PinoLogger.assign` needs). One child logger a request instead of pino-http's two,
 * and none of the properties it hangs on the request and the response, which nothing here reads.
 */
@Injectable()
export class GraphQLRequestLogMiddleware implements NestMiddleware {
  constructor(@Inject(PinoLogger) private readonly log: PinoLogger) {}

  use(request: IncomingMessage, response: ServerResponse, next: () => void): void {
    this.log.runInContext(next, { bindings: { reqId: requestIdOf(request, response) } });
  }
}
