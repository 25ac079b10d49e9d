import { describe, expect, it } from '@jest/globals';
import type { ApolloServerPlugin } from '@apollo/server';
import { oneListenerPlugin } from '../../src/graphql/one-listener.plugin.js';

/** The service's own Apollo plugins as one listener a request: the same hooks, called in the order given. */

type Hooks = Record<string, (context: unknown) => Promise<void>>;

const started = async (plugin: ApolloServerPlugin) => (await plugin.requestDidStart!({} as never)) as unknown as Hooks;

/** A plugin that notes `name:hook` when each of its hooks starts and ends, the end after a turn of the event loop. */
function noting(name: string, seen: string[], hooks: string[]): ApolloServerPlugin {
  return {
    async requestDidStart() {
      seen.push(`${name}:start`);
      return Object.fromEntries(hooks.map((hook) => [hook, async () => {
        seen.push(`${name}:${hook}`);
        await new Promise((resolve) => setImmediate(resolve));
        seen.push(`${name}:${hook} done`);
      }]));
    },
  };
}

describe('oneListenerPlugin', () => {
  it('starts every plugin of a request and calls each hook on those that have it, in order, one after the other', async () => {
    const seen: string[] = [];
    const plugin = oneListenerPlugin([
      noting('a', seen, ['willSendResponse']), { async requestDidStart() { return undefined; } },
      noting('b', seen, ['didResolveOperation', 'willSendResponse']),
    ]);
    const hooks = await started(plugin);
    await hooks.didResolveOperation({});
    await hooks.willSendResponse({});
    expect(seen).toEqual([
      'a:start', 'b:start', 'b:didResolveOperation', 'b:didResolveOperation done',
      'a:willSendResponse', 'a:willSendResponse done', 'b:willSendResponse', 'b:willSendResponse done',
    ]);
  });

  it('passes a hook its request context and lets its refusal through, calling no later plugin', async () => {
    const seen: unknown[] = [];
    const plugin = oneListenerPlugin([
      { async requestDidStart() { return { async didResolveOperation(context) { seen.push(context); throw new Error('refused'); } }; } },
      { async requestDidStart() { return { async didResolveOperation() { seen.push('later'); } }; } },
    ]);
    const context = { operation: 'the request' };
    await expect((await started(plugin)).didResolveOperation(context)).rejects.toThrow('refused');
    expect(seen).toEqual([context]);
  });

  it('refuses a plugin with a hook it cannot combine (one whose answer Apollo reads)', async () => {
    const plugin = oneListenerPlugin([{ async requestDidStart() { return { async responseForOperation() { return null; } }; } }]);
    await expect(plugin.requestDidStart!({} as never)).rejects.toThrow('responseForOperation');
  });
});
