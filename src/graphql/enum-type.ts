import { registerEnumType } from '@nestjs/graphql';

/**
 * A closed set of codes as a GraphQL enum: `values` gives each code its description, Thai then English, and must
 * name every code of the union (and no other). The returned object is what `@Field(() => …)` takes.
 */
export function enumType<T extends string>(name: string, description: string, values: Record<T, string>): Record<T, T> {
  const codes = Object.keys(values) as T[];
  const ref = Object.fromEntries(codes.map((code) => [code, code])) as Record<T, T>;
  registerEnumType(ref, { name, description, valuesMap: describe(values) });
  return ref;
}

/**
 * The same for codes stored in another spelling (`debt_case`, `shipped`): the API names each value in upper case
 * and the resolvers see (and are given) the stored spelling.
 */
export function storedEnumType<N extends string, V extends string>(
  name: string, description: string, values: Record<N, readonly [stored: V, description: string]>,
): Record<N, V> {
  const entries = Object.entries(values) as [N, readonly [V, string]][];
  const ref = Object.fromEntries(entries.map(([code, [stored]]) => [code, stored])) as Record<N, V>;
  const texts = Object.fromEntries(entries.map(([code, [, text]]) => [code, text])) as Record<N, string>;
  registerEnumType(ref, { name, description, valuesMap: describe(texts) });
  return ref;
}

const describe = <T extends string>(values: Record<T, string>) =>
  Object.fromEntries(Object.entries(values).map(([code, description]) => [code, { description }])) as Record<T, { description: string }>;
