import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { currentRequestScope } from '../database/request-scope.js';

const logger = new Logger('GraphQL');
const NAMED_FIELDS = 3;

/** The operation's name, or for an anonymous one the root fields it asks for (`mutation signIn`): schema names only. */
function nameOf(operation: OperationDefinitionNode | undefined, operationName: string | undefined): string {
  if (!operation) return 'an operation that did not parse or validate';
  if (operationName) return `${operation.operation} ${operationName}`;
  const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  const more = fields.length > NAMED_FIELDS ? ` +${fields.length - NAMED_FIELDS}` : '';
  return `${operation.operation} ${fields.slice(0, NAMED_FIELDS).join(',') || '(fragments)'}${more}`;
}

/**
 * One line per GraphQL request: the operation, how it ended (ok, or the codes of its errors) and how long it
 * took, written once the answer is final (after requestScopePlugin committed the request's transaction). Never
 * the variables, the document's values or an error's message: they hold what people typed.
 */
export const operationLogPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    const started = performance.now();
    return {
      async willSendResponse({ response, operation, operationName }) {
        await currentRequestScope()?.finish().catch(() => undefined);
        const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
        const codes = [...new Set((result.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
        const outcome = codes.length === 0 ? 'ok' : `${result.data ? 'partly answered' : 'refused'}: ${codes.join(', ')}`;
        const line = `${nameOf(operation, operationName ?? undefined)}: ${outcome} in ${Math.round(performance.now() - started)} ms`;
        if (codes.includes('INTERNAL_SERVER_ERROR')) logger.error(line);
        else logger.log(line);
      },
    };
  },
};
