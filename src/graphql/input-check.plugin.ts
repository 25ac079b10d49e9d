import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { parseInstant } from '../shared/date-input.js';
import { DomainError } from '../shared/domain-error.js';
import { refuseForbiddenCharacters } from '../shared/text-characters.js';
import { type InputLeaf, inputLeaves } from './input-leaves.js';

/** What a value of a custom scalar must look like; graphql's own scalars and enums are checked by graphql. */
const SCALAR_FORMATS: Record<string, (value: unknown, field: string) => void> = {
  DateTime: (value, field) => parseInstant(typeof value === 'string' ? value : JSON.stringify(value), field),
};

function check({ value, type, field }: InputLeaf): void {
  if (typeof value === 'string') refuseForbiddenCharacters(value, field);
  SCALAR_FORMATS[type.name]?.(value, field);
}

/**
 * Every argument of every operation, before any resolver runs: a text holding a control, direction or
 * noncharacter code point (TEXT_FORBIDDEN_CHARACTER), or a malformed instant (INSTANT_MALFORMED), is
 * refused with the field it came in, and nothing is read or stored.
 */
export const inputCheckPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        try {
          inputLeaves(schema, document, operation, request.variables).forEach(check);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          throw new GraphQLError(error.messageEn, { originalError: error, extensions: { http: { status: 400 } } });
        }
      },
    };
  },
};
