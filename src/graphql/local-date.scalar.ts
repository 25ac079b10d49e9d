import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function day(value: unknown): string {
  if (typeof value === 'string' && DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) return value;
  throw new GraphQLError('A LocalDate is a calendar day written YYYY-MM-DD');
}

/**
 * A calendar day, not an instant: `YYYY-MM-DD`, Common Era, the day in Asia/Bangkok. Instants are `DateTime`.
 * Arguments that staff type (Buddhist Era, D/M/YYYY, Thai digits) stay `String`; the API answers days as this.
 */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar day in Asia/Bangkok, YYYY-MM-DD (Common Era), e.g. 2025-01-15 (15 มกราคม 2568)',
  serialize: day,
  parseValue: day,
  parseLiteral: (ast) => day(ast.kind === Kind.STRING ? ast.value : undefined),
});
