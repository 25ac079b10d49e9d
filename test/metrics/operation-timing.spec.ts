import { describe, expect, it } from '@jest/globals';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { MAX_NAMES, operationTimingPlugin, type OperationLabels } from '../../src/graphql/operation-timing.plugin.js';

/** The labels of the GraphQL latency histogram: bounded whatever names clients send. */

type Hooks = { didResolveOperation?(context: unknown): Promise<void>; willSendResponse?(context: unknown): Promise<void> };

async function labelsOf(documents: string[]): Promise<OperationLabels[]> {
  const seen: OperationLabels[] = [];
  const plugin = operationTimingPlugin({ operationTimed: (labels) => seen.push(labels) });
  for (const document of documents) {
    const hooks = (await plugin.requestDidStart!({} as never)) as Hooks;
    const operation = document ? parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION) : undefined;
    if (operation) await hooks.didResolveOperation!({ operation });
    await hooks.willSendResponse!({});
  }
  return seen;
}

describe('operation timing labels', () => {
  it('names an operation by its name and first root field, anonymous without a name, other when it never resolved', async () => {
    await expect(labelsOf(['query CaseList { debtCases { totalCount } me { id } }', '{ me { id } }', ''])).resolves.toEqual([
      { type: 'query', operation: 'CaseList', rootField: 'debtCases' },
      { type: 'query', operation: 'anonymous', rootField: 'me' },
      { type: 'other', operation: 'other', rootField: 'other' },
    ]);
  });

  it(`keeps the first ${MAX_NAMES} names a process sees and labels later new ones other`, async () => {
    const names = Array.from({ length: MAX_NAMES + 2 }, (_, i) => `query Q${i} { me { id } }`);
    const seen = await labelsOf([...names, 'query Q0 { me { id } }']);
    expect(new Set(seen.map((l) => l.operation)).size).toBe(MAX_NAMES + 1);
    expect(seen.slice(MAX_NAMES).map((l) => l.operation)).toEqual(['other', 'other', 'Q0']);
  });
});
