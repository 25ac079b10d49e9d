import type { ApolloServerPlugin } from '@apollo/server';

/**
 * `Cache-Control: no-store` on every GraphQL answer: they are a signed-in reader's, never for a shared cache. It
 * stands in for Apollo's cache-control plugin (disabled in graphql.options.ts), which said the same of every answer
 * here (no type has a cache hint) but wrapped every field's resolver to collect hints nobody gives.
 */
export const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};
