import { EventSerializationError } from './event-store.errors.js';
import type { NewEvent } from './event-store.port.js';

/**
 * Rejects anything that JSON would silently change: functions, symbols, bigint, undefined in arrays,
 * non-finite numbers, class instances (a Date would come back as a string), and cycles.
 */
export function assertSerialisable(event: NewEvent): void {
  for (const part of ['data', 'metadata'] as const) {
    const problem = problemOf(event[part], []);
    if (problem) throw new EventSerializationError(event.type, `${part}${problem.path}`, problem.reason);
  }
}

/** What is wrong and where below the value checked (".debts[0].principal"); the path is built only on failure. */
interface Problem {
  path: string;
  reason: string;
}

/** The first problem in `value`, or undefined; `ancestors` are the objects it lies in, to find cycles. */
function problemOf(value: unknown, ancestors: object[]): Problem | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : { path: '', reason: `is ${value}, not a finite number` };
    case 'object':
      break;
    default:
      return { path: '', reason: `is a ${typeof value}` };
  }
  if (value === null) return undefined;
  if (ancestors.includes(value)) return { path: '', reason: 'refers back to itself' };
  const isArray = Array.isArray(value);
  const proto = Object.getPrototypeOf(value);
  if (!isArray && proto !== Object.prototype && proto !== null) {
    return { path: '', reason: `is a ${value.constructor?.name ?? 'non-plain'} object; store plain JSON (dates as ISO strings)` };
  }
  ancestors.push(value);
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined && !isArray) continue;
    const problem = problemOf(item, ancestors);
    if (problem) {
      problem.path = `${isArray ? `[${key}]` : `.${key}`}${problem.path}`;
      return problem;
    }
  }
  ancestors.pop();
  return undefined;
}
