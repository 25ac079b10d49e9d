import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from '../shared/domain-error.js';
import { errorLogLine } from '../shared/error-log-line.js';

const logger = new Logger('GraphQL');

/** graphql's hints at names of the schema: "Did you mean "code"?", "Did you mean the enum value "WITHDRAWN"?". */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** What a request graphql or Apollo refused got wrong, in Thai (the English is graphql's own message). */
const REQUEST_ERRORS_TH: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'คำขอ GraphQL เขียนผิดไวยากรณ์',
  GRAPHQL_VALIDATION_FAILED: 'คำขอไม่ตรงกับโครงสร้างของ API',
  BAD_USER_INPUT: 'ค่าที่ส่งมาไม่ตรงกับชนิดที่ API กำหนด',
};

/** The error a GraphQLError wraps (a resolver's, the input check's), however deep. */
function originalOf(error: unknown): unknown {
  let original = error;
  for (let depth = 0; depth < 5 && (original as { originalError?: unknown })?.originalError; depth++) {
    original = (original as { originalError: unknown }).originalError;
  }
  return original;
}

/**
 * What a client sees of an error: a domain rejection with its code, Thai and English messages and field;
 * a request graphql or Apollo refused with their code and message (in production without suggestions of
 * names, as the schema is not shown there) and a Thai message of its kind; anything else as a bare internal
 * error, logged here as codes and names, never values.
 */
export function errorFormatter(options: { hideSuggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalOf(error);
    if (original instanceof DomainError) {
      return {
        message: original.messageEn,
        path: formatted.path,
        extensions: { code: original.code, messageTh: original.messageTh, messageEn: original.messageEn, field: original.field ?? null },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const message = options.hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message;
      const messageTh = REQUEST_ERRORS_TH[code] ?? 'คำขอไม่ถูกต้อง';
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code, messageTh, messageEn: message, field: null } };
    }
    logger.error(errorLogLine(original));
    return internalError(formatted.path);
  };
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
