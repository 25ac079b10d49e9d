import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type pg from 'pg';
import { errorLogLine } from '../shared/error-log-line.js';
import { RequestScope, withRequestScope } from './request-scope.js';
import { REQUEST_POOL } from './scoped-pool.js';

const logger = new Logger('RequestScope');

interface Closable { once(event: 'close', listener: () => void): unknown }

/**
 * Gives every HTTP request a RequestScope for the rest of its handling (AsyncLocalStorage), public until
 * StaffGuard names the signed-in reader. GraphQL commits it before answering (request-scope.plugin.ts); a
 * REST answer, or a request that ends otherwise, commits it when the response closes.
 */
@Injectable()
export class RequestScopeMiddleware implements NestMiddleware {
  constructor(@Inject(REQUEST_POOL) private readonly pool: pg.Pool) {}

  use(_request: unknown, response: Closable, next: () => void): void {
    const scope = new RequestScope(this.pool);
    response.once('close', () => {
      scope.finish().catch((error) => logger.error(`closing a request's transaction: ${errorLogLine(error)}`));
    });
    withRequestScope(scope, next);
  }
}
