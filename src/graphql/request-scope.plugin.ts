import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { currentRequestScope } from '../database/request-scope.js';
import { errorLogLine } from '../shared/error-log-line.js';
import { internalError } from './format-error.js';

const logger = new Logger('GraphQL');

/**
 * Commits the operation's database transaction (with its personal-data read log) before the answer leaves:
 * an answer whose reads could not be logged is replaced by an internal error, so no personal data goes out
 * unlogged.
 */
export const requestScopePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const scope = currentRequestScope();
        if (!scope) return;
        try {
          await scope.finish();
        } catch (error) {
          logger.error(`the operation's transaction did not commit: ${errorLogLine(error)}`);
          response.body = { kind: 'single', singleResult: { data: null, errors: [internalError()] } };
          if (response.http) response.http.status = 500;
        }
      },
    };
  },
};
