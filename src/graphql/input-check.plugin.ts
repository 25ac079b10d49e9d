import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLNamedType, isEnumType, isLeafType } from 'graphql';
import { parseInstant } from '../shared/date-input.js';
import { DomainError } from '../shared/domain-error.js';
import { refuseForbiddenCharacters } from '../shared/text-characters.js';
import { type InputLeaf, inputLeaves } from './input-leaves.js';

/** What a value of a custom scalar must look like, beyond what its parser takes (DateTime's takes any string). */
const SCALAR_FORMATS: Record<string, (value: unknown, field: string) => void> = {
  DateTime: (value, field) => parseInstant(typeof value === 'string' ? value : JSON.stringify(value), field),
};

/** graphql's scalars as the Thai message names what a field takes. */
const KINDS_TH: Record<string, string> = { Int: 'จำนวนเต็ม', Float: 'ตัวเลข', Boolean: 'ค่าจริงหรือเท็จ', String: 'ข้อความ', ID: 'รหัส' };

/**
 * A value its type's parser refuses (a variable's "12a" or 2^31 for an Int, a misspelt enum value), as a typed
 * error naming the field, without graphql's message, which suggests names of the schema.
 */
function requireValueOf(type: GraphQLNamedType, value: unknown, field: string): void {
  if (!isLeafType(type)) return;
  try {
    type.parseValue(value);
  } catch {
    const kind = isEnumType(type) ? 'ค่าใดค่าหนึ่งที่กำหนดไว้' : KINDS_TH[type.name] ?? `ค่าแบบ ${type.name}`;
    throw new DomainError('INPUT_VALUE_INVALID', `ค่าในช่องนี้ไม่ถูกต้อง ต้องเป็น${kind}`, `The value is not a valid ${type.name}`, field);
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
 * (INSTANT_MALFORMED) or a value its type does not take (INPUT_VALUE_INVALID) is refused with the field it
 * came in, and nothing is read or stored.
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
