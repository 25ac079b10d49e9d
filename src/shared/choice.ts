import { DomainError } from './domain-error.js';

/** One of a fixed set of codes; anything else is a typed rejection naming the field and the allowed codes. */
export function requireChoice<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.join(', ');
  throw new DomainError(
    'CHOICE_UNKNOWN',
    `ค่าที่เลือกไม่ถูกต้อง ต้องเป็นหนึ่งใน ${list}`,
    `"${String(value)}" is not one of ${list}`,
    field,
  );
}
