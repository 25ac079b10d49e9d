import type { IncomingMessage, ServerResponse } from 'node:http';
import type pino from 'pino';
import type { Options } from 'pino-http';
import { requestIdOf } from './request-id.js';

/** The path of a request without its query string (a GET's query may carry what a person typed). */
const pathOf = (req: IncomingMessage) => ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0];

/** GraphQL operations get their own line (graphql/operation-log.plugin.ts), which names the operation. */
const isGraphQLOperation = (req: IncomingMessage) => req.method === 'POST' && pathOf(req) === '/graphql';

const lineOf = (req: IncomingMessage, res: ServerResponse) => `${req.method} ${pathOf(req)} ${res.statusCode}`;

/**
 * pino-http as the service uses it: each line logged during a request carries the request's id (`reqId`) and
 * nothing else of it; each request other than a GraphQL operation ends with one line of method, path and status, and
 * its time in ms (`responseTime`). Never a header (cookies, the session's Bearer token), a query string or a body.
 */
export function httpLogOptions(log: pino.Logger): Options {
  return {
    logger: log,
    genReqId: requestIdOf,
    quietReqLogger: true,
    quietResLogger: true,
    // pino-http binds the request to a logger of its own on every request, which no line uses when both are quiet:
    // serialised to nothing, the binding costs no walk of the request's headers and no JSON.
    serializers: { req: () => undefined },
    autoLogging: { ignore: isGraphQLOperation },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessObject: (_req, _res, fields) => ({ responseTime: (fields as { responseTime: number }).responseTime }),
    customErrorObject: (_req, _res, _error, fields) => ({ responseTime: (fields as { responseTime: number }).responseTime }),
    customSuccessMessage: lineOf,
    customErrorMessage: (req, res) => lineOf(req, res),
  };
}
