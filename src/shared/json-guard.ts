/**
 * Checks that a value read back from JSON (a stored event's data) has the shape its type declares: every key
 * present (absent values are null, never missing) with a value of its kind. `shape<T>` wants a guard for every
 * key of T, so a field added to a type does not compile until its guard is written.
 */
export type Guard<T> = (value: unknown) => value is T;

export const text: Guard<string> = (v): v is string => typeof v === 'string';
export const integer: Guard<number> = (v): v is number => Number.isSafeInteger(v);
export const finite: Guard<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
export const flag: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';

export const oneOf = <const T extends string | boolean>(values: readonly T[]): Guard<T> =>
  (v): v is T => (values as readonly unknown[]).includes(v);
export const nullable = <T>(guard: Guard<T>): Guard<T | null> => (v): v is T | null => v === null || guard(v);
export const listOf = <T>(guard: Guard<T>): Guard<T[]> => (v): v is T[] => Array.isArray(v) && v.every((item) => guard(item));
export const either = <A, B>(a: Guard<A>, b: Guard<B>): Guard<A | B> => (v): v is A | B => a(v) || b(v);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function shape<T extends object>(fields: { [K in keyof T]-?: Guard<T[K]> }): Guard<T> {
  const entries = Object.entries(fields) as [string, Guard<unknown>][];
  return (v): v is T => isRecord(v) && entries.every(([key, guard]) => guard(v[key]));
}
