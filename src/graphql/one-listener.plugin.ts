import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';

/** The hooks the service's own plugins use: each returns nothing, so calling them in turn is all there is to it. */
const HOOKS = new Set(['didResolveOperation', 'didEncounterErrors', 'willSendResponse']);
type Listener = Pick<GraphQLRequestListener<BaseContext>, 'didResolveOperation' | 'didEncounterErrors' | 'willSendResponse'>;
type Hook = keyof Listener;
type Context = GraphQLRequestContext<BaseContext>;

async function each(listeners: Listener[], hook: Hook, context: Context): Promise<void> {
  for (const listener of listeners) {
    const call = listener[hook] as ((c: Context) => Promise<void>) | undefined;
    if (call) await call.call(listener, context);
  }
}

/**
 * Several plugins as one: their listeners of a request started together (in the order given), and each hook called
 * on them in that order, each awaited before the next. Apollo starts every plugin's listener on every request and
 * calls every hook on all of them, an asynchronous call and a Promise.all each. A listener with another hook is a
 * plugin this does not know how to combine, refused when the request starts.
 */
export function oneListenerPlugin(plugins: ApolloServerPlugin[]): ApolloServerPlugin {
  return {
    async requestDidStart(context) {
      const started = await Promise.all(plugins.map((plugin) => plugin.requestDidStart?.(context)));
      const listeners: Listener[] = [];
      for (const listener of started) {
        if (!listener) continue;
        for (const key in listener) if (!HOOKS.has(key)) throw new Error(`oneListenerPlugin: a plugin's ${key} cannot be combined`);
        listeners.push(listener as Listener);
      }
      return {
        didResolveOperation: (c) => each(listeners, 'didResolveOperation', c),
        didEncounterErrors: (c) => each(listeners, 'didEncounterErrors', c),
        willSendResponse: (c) => each(listeners, 'willSendResponse', c),
      };
    },
  };
}
