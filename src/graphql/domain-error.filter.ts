import { type ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '../shared/domain-error.js';

/** What a REST answer needs of Express's response. */
interface Response {
  status(code: number): Response;
  json(body: unknown): void;
}

/** Who is asking is unknown or no longer valid: sign in (again). */
const SIGN_IN_AGAIN = new Set(['UNAUTHENTICATED', 'SESSION_REVOKED', 'ACCOUNT_SUSPENDED', 'PASSWORD_CHANGE_REQUIRED']);

function httpStatusOf(error: DomainError): number {
  if (SIGN_IN_AGAIN.has(error.code)) return HttpStatus.UNAUTHORIZED;
  return error.code === 'FORBIDDEN' ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
}

/**
 * A rule's rejection is an answer, not a fault: handed to GraphQL as is, without an error log; on a REST
 * route (report downloads, news photos) answered with its code and messages, 401 for a missing or ended
 * sign-in, 403 for an account that may not, 400 otherwise.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType() !== 'http') return error;
    host.switchToHttp().getResponse<Response>().status(httpStatusOf(error))
      .json({ code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, field: error.field ?? null });
  }
}
