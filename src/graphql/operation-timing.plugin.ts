import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';

/** Told of every GraphQL operation: its type, its name (capped), its first root field, and its time to the answer. */
export interface OperationObserver {
  operationTimed(labels: OperationLabels, seconds: number): void;
}

export interface OperationLabels {
  /** query, mutation; `other` when the document did not resolve to an operation (a parse or validation error). */
  type: string;
  /** The operation's name among the first MAX_NAMES names seen; `anonymous` without a name; `other` past the cap. */
  operation: string;
  /** The first field the operation selects at its root, a name from the schema (the document was validated). */
  rootField: string;
}

/** Distinct operation names a process labels by; names after these are `other`, so a client cannot grow the series. */
export const MAX_NAMES = 100;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const OTHER: OperationLabels = { type: 'other', operation: 'other', rootField: 'other' };

function rootFieldOf(operation: OperationDefinitionNode): string {
  const first = operation.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  return first?.kind === Kind.FIELD ? first.name.value : 'other';
}

/**
 * Times each operation from the request's start to the answer being sent, labelled only once the document resolved
 * to an operation of the schema: a document that fails to parse or validate is `other` throughout, so neither its
 * name nor its fields reach a label.
 */
export function operationTimingPlugin(observer: OperationObserver): ApolloServerPlugin {
  const names = new Set<string>();
  const nameLabel = (name: string | undefined): string => {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (names.has(name)) return name;
    if (names.size >= MAX_NAMES) return 'other';
    names.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const started = performance.now();
      let labels = OTHER;
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          labels = { type: operation.operation, operation: nameLabel(operation.name?.value), rootField: rootFieldOf(operation) };
        },
        async willSendResponse() {
          observer.operationTimed(labels, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
