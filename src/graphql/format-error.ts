import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from '../shared/domain-error.js';

const logger = new Logger('GraphQL');

/**
 * What a client sees of an error: a domain rejection with its code, Thai and English messages and field;
 * a malformed request as GraphQL reports it; anything else as a bare internal error, logged here.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.messageEn,
      path: formatted.path,
      extensions: { code: original.code, messageTh: original.messageTh, messageEn: original.messageEn, field: original.field ?? null },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  logger.error(original instanceof Error ? original.stack ?? original.message : String(original));
  return internalError(formatted.path);
}

/** A fault on our side, as clients see it: no internals. */
export function internalError(path?: GraphQLFormattedError['path']): GraphQLFormattedError {
  return {
    message: 'Internal server error',
    path,
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      messageTh: 'ระบบขัดข้อง กรุณาลองใหม่หรือแจ้งผู้ดูแลระบบ',
      messageEn: 'Something went wrong on our side; try again or tell the administrator',
    },
  };
}
