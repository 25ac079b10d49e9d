import { EventSerializationError } from './event-store.errors.js';
import type { NewEvent } from './event-store.port.js';

/**
 * Rejects anything that JSON would silently change: functions, symbols, bigint, undefined in arrays,
 * non-finite numbers, class instances (a Date would come back as a string), and cycles.
 */
export function assertSerialisable(event: NewEvent): void {
  check(event.type, event.data, 'data', new Set());
  check(event.type, event.metadata, 'metadata', new Set());
}

function check(type: string, value: unknown, path: string, seen: Set<object>): void {
  const fail = (reason: string): never => {
    throw new EventSerializationError(type, path, reason);
  };
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) fail(`is ${value}, not a finite number`);
      return;
    case 'object':
      break;
    default:
      fail(`is a ${typeof value}`);
  }
  if (value === null) return;
  const object = value as object;
  if (seen.has(object)) fail('refers back to itself');
  const proto = Object.getPrototypeOf(object);
  if (!Array.isArray(object) && proto !== Object.prototype && proto !== null) {
    fail(`is a ${object.constructor?.name ?? 'non-plain'} object; store plain JSON (dates as ISO strings)`);
  }
  seen.add(object);
  for (const [key, item] of Object.entries(object)) {
    if (item === undefined && !Array.isArray(object)) continue;
    check(type, item, Array.isArray(object) ? `${path}[${key}]` : `${path}.${key}`, seen);
  }
  seen.delete(object);
}
