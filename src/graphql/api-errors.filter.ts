import { type ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '../shared/domain-error.js';
import { errorLogLine } from '../shared/error-log-line.js';
import { internalError } from './format-error.js';
import { refusedRequest } from './refused-requests.js';

/** What an answer needs of Express's request and response. */
interface Request {
  path?: string;
}
interface Response {
  status(code: number): Response;
  json(body: unknown): void;
}

/** A typed error over plain HTTP: its code, Thai and English messages and field. */
interface ErrorBody {
  code: string;
  messageTh?: string;
  messageEn: string;
  field?: string | null;
}

const logger = new Logger('HTTP');

/** Who is asking is unknown or no longer valid: sign in (again). */
const SIGN_IN_AGAIN = new Set(['UNAUTHENTICATED', 'SESSION_REVOKED', 'ACCOUNT_SUSPENDED', 'PASSWORD_CHANGE_REQUIRED']);

function httpStatusOf(error: DomainError): number {
  if (SIGN_IN_AGAIN.has(error.code)) return HttpStatus.UNAUTHORIZED;
  return error.code === 'FORBIDDEN' ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
}

const bodyOf = (error: DomainError): ErrorBody =>
  ({ code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, field: error.field ?? null });

/** The status and body of an error over plain HTTP; anything but a rejection or a refused request is logged. */
function answerOf(error: unknown): [number, ErrorBody] {
  if (error instanceof DomainError) return [httpStatusOf(error), bodyOf(error)];
  if (error instanceof HttpException && error.getStatus() < 500) {
    const given = error.getResponse();
    // A route's own typed refusal (a news photo's) stays as the route wrote it.
    if (typeof given === 'object' && given !== null && 'code' in given) return [error.getStatus(), given as ErrorBody];
    return [error.getStatus(), bodyOf(refusedRequest(error.getStatus(), error.cause))];
  }
  logger.error(errorLogLine(error));
  return [HttpStatus.INTERNAL_SERVER_ERROR, internalError().extensions as unknown as ErrorBody];
}

/**
 * Every error of the API. In GraphQL it goes on to the error formatter as it is, which answers a rejection
 * and logs anything else once, as codes and names (Nest's own handler would log PostgreSQL's detail and
 * context, which repeat the row's values). Over plain HTTP (report downloads, news photos, and a request to
 * /graphql that never reaches GraphQL, such as a body over the size limit): a rejection with its code and
 * messages, 401 for a missing or ended sign-in, 403 for an account that may not, 400 otherwise; a request
 * refused by Express (413, malformed JSON, unknown route) as a typed error too, in GraphQL's error shape on
 * /graphql; anything else as an internal error, logged as codes and names.
 */
@Catch()
export class ApiErrorsFilter implements GqlExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return error;
    const http = host.switchToHttp();
    const [status, body] = answerOf(error);
    const graphql = http.getRequest<Request>().path === '/graphql';
    http.getResponse<Response>().status(status).json(graphql ? { errors: [{ message: body.messageEn, extensions: body }] } : body);
    return undefined;
  }
}
