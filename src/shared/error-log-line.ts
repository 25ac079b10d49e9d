import { DomainError } from './domain-error.js';
import { UnreadableEventError } from './event-schema.js';

/** What PostgreSQL names of the objects an error concerns: names from the schema, never row data. */
const SCHEMA_NAMES = ['schema', 'table', 'column', 'dataType', 'constraint', 'routine'] as const;
const FRAMES = 5;

/**
 * An error as one log line: what it is and where it was raised, never what it was about. A rejection gives its
 * code and field; anything else its class, its code (PostgreSQL's SQLSTATE, Node's ERR_…), the table, column
 * or constraint PostgreSQL names, and the top frames of its stack. Never its message, PostgreSQL's detail or
 * context, or a query parameter: those repeat values (a name, a phone number, the JSON of an event). An
 * UnreadableEventError's message is kept: it names only the event's stream, type and version and why it cannot be read.
 */
export function errorLogLine(error: unknown): string {
  if (error instanceof DomainError) return `DomainError ${error.code}${error.field ? ` [${error.field}]` : ''}`;
  if (!(error instanceof Error)) return `a thrown ${typeof error}, not an Error`;
  const fields = error as Error & Record<string, unknown>;
  const parts = [error.constructor.name];
  if (error instanceof UnreadableEventError) parts.push(error.message);
  if (typeof fields.code === 'string' || typeof fields.code === 'number') parts.push(String(fields.code));
  for (const name of SCHEMA_NAMES) if (typeof fields[name] === 'string') parts.push(`${name}=${fields[name]}`);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, FRAMES);
  return [parts.join(' '), ...frames.map((line) => line.trim())].join(' | ');
}
