import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import { SESSION_ENDED } from './errors';

/**
 * The one GraphQL client: POST /graphql with JSON (what Apollo's CSRF prevention asks for), the session in the
 * HttpOnly cookie signIn set; an answer saying the session is over calls `onSessionEnded` with its code.
 */
export function createApiClient(onSessionEnded: (code: string) => void): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: { credentials: 'same-origin', headers: { 'content-type': 'application/json' } },
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          if (operation.kind === 'teardown') return;
          const code = error.graphQLErrors.map((e) => e.extensions?.code).find((c): c is string => typeof c === 'string' && SESSION_ENDED.has(c));
          if (code && operation.context.sessionCheck !== false) onSessionEnded(code);
        },
      }),
      fetchExchange,
    ],
  });
}
