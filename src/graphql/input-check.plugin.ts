import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLNamedType, isEnumType, isLeafType } from 'graphql';
import { parseInstant } from '../shared/date-input.js';
import { DomainError } from '../shared/domain-error.js';
import { FieldErrors } from '../shared/field-errors.js';
import { refuseForbiddenCharacters } from '../shared/text-characters.js';
import { inputErrors } from './input-errors.js';
import { type InputLeaf, inputLeaves } from './input-leaves.js';

/** What a value of a custom scalar must look like, beyond what its parser takes (DateTime's takes any string). */
const SCALAR_FORMATS: Record<string, (value: unknown, field: string) => void> = {
  DateTime: (value, field) => parseInstant(typeof value === 'string' ? value : JSON.stringify(value), field),
};

/**
 * A value its type's parser refuses (a variable's "12a" or 2^31 for an Int, a misspelt enum value), as a typed
 * error naming the field, without graphql's message, which suggests names of the schema.
 */
function requireValueOf(type: GraphQLNamedType, value: unknown, field: string): void {
  if (!isLeafType(type)) return;
  try {
    type.parseValue(value);
  } catch {
    throw inputErrors.invalid(type.name, field, isEnumType(type));
  }
}

function check({ value, type, field }: InputLeaf): void {
  if (typeof value === 'string') refuseForbiddenCharacters(value, field);
  SCALAR_FORMATS[type.name]?.(value, field);
  requireValueOf(type, value, field);
}

/**
 * Every argument of every operation, before any resolver runs and before graphql coerces the variables: a
 * text holding a control, direction or noncharacter code point (TEXT_FORBIDDEN_CHARACTER), a malformed instant
 * (INSTANT_MALFORMED), a value its type does not take (INPUT_VALUE_INVALID), a required value left out
 * (INPUT_REQUIRED) or a field the type does not have (INPUT_FIELD_UNKNOWN) is refused with the field it came in,
 * all of them at once, and nothing is read or stored.
 */
export const inputCheckPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const fields = new FieldErrors();
        for (const leaf of inputLeaves(schema, document, operation, request.variables)) {
          if (leaf instanceof DomainError) fields.add(leaf);
          else fields.take(() => check(leaf));
        }
        try {
          fields.done({});
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          throw new GraphQLError(error.messageEn, { originalError: error, extensions: { http: { status: 400 } } });
        }
      },
    };
  },
};
