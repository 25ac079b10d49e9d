import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';

/** The hooks the service's own plugins use: each returns nothing, so calling them in turn is all there is to it. */
const HOOKS = ['didResolveOperation', 'didEncounterErrors', 'willSendResponse'] as const;
type Hook = (typeof HOOKS)[number];
type Listener = Pick<GraphQLRequestListener<BaseContext>, Hook>;
type Context = GraphQLRequestContext<BaseContext>;

/**
 * Several plugins as one: their listeners of a request started together (in the order given), and each hook called
 * on them in that order, each awaited before the next. Apollo starts every plugin's listener on every request and
 * calls every hook on all of them, an asynchronous call and a Promise.all each. A listener with another hook is a
 * plugin this does not know how to combine, refused when the request starts.
 */
export function oneListenerPlugin(plugins: ApolloServerPlugin[]): ApolloServerPlugin {
  return {
    async requestDidStart(context) {
      const listeners = (await Promise.all(plugins.map((plugin) => plugin.requestDidStart?.(context)))).filter((l): l is Listener => Boolean(l));
      const combined: Listener = {};
      for (const listener of listeners) {
        const other = Object.keys(listener).find((key) => !(HOOKS as readonly string[]).includes(key));
        if (other) throw new Error(`oneListenerPlugin: a plugin's ${other} cannot be combined`);
      }
      for (const hook of HOOKS) {
        const calls = listeners.flatMap((listener) => (listener[hook] ? [listener[hook].bind(listener) as (c: Context) => Promise<void>] : []));
        if (calls.length === 0) continue;
        (combined as Record<Hook, (c: Context) => Promise<void>>)[hook] = async (c) => {
          for (const call of calls) await call(c);
        };
      }
      return combined;
    },
  };
}
