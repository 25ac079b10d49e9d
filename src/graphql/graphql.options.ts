import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '../config/config.js';
import { fieldErrorsPlugin } from './field-errors.plugin.js';
import { errorFormatter } from './format-error.js';
import { graphiqlLandingPage } from './graphiql-page.js';
import { inputCheckPlugin } from './input-check.plugin.js';
import { noStorePlugin } from './no-store.plugin.js';
import { operationLogPlugin } from './operation-log.plugin.js';
import { operationTimingPlugin, type OperationObserver } from './operation-timing.plugin.js';
import { requestScopePlugin } from './request-scope.plugin.js';

/**
 * Limits on what one operation may ask for (graphql-armor): nesting depth, estimated cost, aliases,
 * directives and tokens, each well above what the admin UI and the test suites send. Suggestions of names
 * ("Did you mean …", of fields, arguments, types and enum values, in documents and in variables) are taken out
 * of every error in production by the error formatter, where introspection is off too.
 */
export const OPERATION_LIMITS = { depth: 12, cost: 20_000, aliases: 15, directives: 20, tokens: 5_000 } as const;

/**
 * `graphiqlPage`: serve GraphiQL (graphiql-page.ts, its files from this service) at GET /graphql for browsers;
 * without it there is no landing page. Nest's and Apollo's own pages are never used: they load from CDNs.
 * `operations` is told of every operation's time (the metrics).
 */
export function graphqlOptions(config: AppConfig, graphiqlPage: boolean, operations: OperationObserver): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.depth },
    costLimit: { maxCost: OPERATION_LIMITS.cost },
    maxAliases: { n: OPERATION_LIMITS.aliases },
    maxDirectives: { n: OPERATION_LIMITS.directives },
    // Tokens are counted by graphql's own parser (parseOptions): armor's token plugin answers HTTP 500.
    maxTokens: { enabled: false },
    // armor's mask misses enum values and variables: errorFormatter masks every suggestion instead.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    driver: ApolloDriver,
    path: '/graphql',
    // false: Nest installs Apollo's LandingPageDisabled, which our page (a plugin) alone overrides.
    graphiql: false,
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // The response too: signIn and signOut set and clear the admin UI's session cookie.
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    allowBatchedHttpRequests: false,
    // The same plugin objects: armor's declarations name @apollo/server's CommonJS types, Nest's its ES module ones.
    plugins: [
      // No per-field hook: Apollo's cache-control plugin would wrap every resolver (noStorePlugin says what it said).
      ApolloServerPluginCacheControlDisabled(), noStorePlugin,
      operationTimingPlugin(operations), ...armor.plugins, inputCheckPlugin, requestScopePlugin, fieldErrorsPlugin, operationLogPlugin,
      ...(graphiqlPage ? [graphiqlLandingPage('/graphql')] : []),
    ] as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: OPERATION_LIMITS.tokens },
    formatError: errorFormatter({ hideSuggestions: config.production }),
  };
}
