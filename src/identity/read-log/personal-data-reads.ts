import type { FieldMiddleware, MiddlewareContext } from '@nestjs/graphql';
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import pg from 'pg';
import { currentRequestScope, type RequestScope } from '../../database/request-scope.js';

/**
 * The personal-data read log (PDPA: log who read it). A GraphQL field that carries personal data (citizen
 * ids, names, phones, addresses, debts) is declared with `middleware: [personalData(type, idOf)]`; as it
 * resolves to a value, the request notes the record and the field (for an object field, the fields selected
 * inside it), never the value. Once per request, right before its transaction commits, the notes become one
 * INSERT into `personal_data_reads`, with the reader's account and office taken from the transaction's scope.
 * Reads without a signed-in reader (the signIn answer about one's own account) are not logged.
 */
export type RecordType = 'debt_case' | 'complaint' | 'staff_account' | 'stream' | 'business';

class ReadNotes {
  private readonly records = new Map<string, { type: RecordType; id: string; fields: Set<string> }>();

  note(type: RecordType, id: string, fields: readonly string[]): void {
    const key = `${type}\u0000${id}`;
    let record = this.records.get(key);
    if (!record) this.records.set(key, (record = { type, id, fields: new Set() }));
    for (const field of fields) record.fields.add(field);
  }

  /** One INSERT of every record read, or nothing. */
  insertSql(): string | undefined {
    if (this.records.size === 0) return undefined;
    const rows = [...this.records.values()].map((r) => ({ t: r.type, i: r.id, f: [...r.fields].sort() }));
    return `INSERT INTO personal_data_reads (account_id, office, record_type, record_id, fields)
      SELECT current_setting('damrong.account_id'), current_setting('damrong.office'), r.t, r.i, r.f
      FROM json_to_recordset(${pg.escapeLiteral(JSON.stringify(rows))}::json) AS r(t text, i text, f text[])`;
  }
}

const notesOfScope = new WeakMap<RequestScope, ReadNotes>();

/** Notes a read in the current request; outside a request, or without a signed-in reader, there is nobody to log. */
export function notePersonalRead(type: RecordType, id: string, fields: readonly string[]): void {
  const scope = currentRequestScope();
  if (!scope?.scope.accountId || fields.length === 0) return;
  let notes = notesOfScope.get(scope);
  if (!notes) {
    const created = new ReadNotes();
    notesOfScope.set(scope, (notes = created));
    scope.onBeforeCommit(() => created.insertSql());
  }
  notes.note(type, id, fields);
}

/** The record a stream's events belong to: a debt case, a complaint, an account, or the stream itself. */
export function recordOfStream(streamId: string): { type: RecordType; id: string } {
  const prefixes: [string, RecordType][] = [['debt-', 'debt_case'], ['complaint-', 'complaint'], ['account-', 'staff_account']];
  for (const [prefix, type] of prefixes) if (streamId.startsWith(prefix)) return { type, id: streamId.slice(prefix.length) };
  return { type: 'stream', id: streamId };
}

/** `debtor.address.line`-style paths of the fields selected under a field (fragments followed), or its own name. */
function selectedPaths(info: GraphQLResolveInfo): string[] {
  const name = info.fieldName;
  const paths = info.fieldNodes.flatMap((node) => (node.selectionSet ? leaves(node.selectionSet, info, name) : []));
  return paths.length > 0 ? [...new Set(paths)] : [name];
}

function leaves(set: SelectionSetNode, info: GraphQLResolveInfo, prefix: string): string[] {
  return set.selections.flatMap((selection) => {
    switch (selection.kind) {
      case Kind.FIELD: return fieldLeaves(selection, info, prefix);
      case Kind.INLINE_FRAGMENT: return leaves(selection.selectionSet, info, prefix);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = info.fragments[selection.name.value];
        return fragment ? leaves(fragment.selectionSet, info, prefix) : [];
      }
    }
  });
}

function fieldLeaves(field: FieldNode, info: GraphQLResolveInfo, prefix: string): string[] {
  const name = field.name.value;
  if (name === '__typename') return [];
  return field.selectionSet ? leaves(field.selectionSet, info, `${prefix}.${name}`) : [`${prefix}.${name}`];
}

/**
 * A field carrying personal data of the record `idOf(source)` names; for an object field, `within` may narrow
 * which of the fields selected inside count (figures: the amounts, not the district), each entry a field or an
 * object whose fields all count (`outcome.note`, `outcome.instalmentPlan`).
 */
export function personalData<S>(type: RecordType, idOf: (source: S) => string, within?: readonly string[]): FieldMiddleware<S> {
  return async (ctx: MiddlewareContext<S>, next) => {
    const value = await next();
    const { info } = ctx;
    if (!info || value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return value;
    const inside = (path: string, w: string) => path === `${info.fieldName}.${w}` || path.startsWith(`${info.fieldName}.${w}.`);
    const paths = selectedPaths(info).filter((path) => !within || within.some((w) => inside(path, w)));
    notePersonalRead(type, idOf(ctx.source), paths);
    return value;
  };
}

/** A field of an object that knows its stream (history entries): the record is the stream's case. */
export function personalDataOfStream<S extends { streamId: string }>(): FieldMiddleware<S> {
  return async (ctx: MiddlewareContext<S>, next) => {
    const value = await next();
    if (!ctx.info || value === null || value === undefined) return value;
    const { type, id } = recordOfStream(ctx.source.streamId);
    notePersonalRead(type, id, [ctx.info.fieldName]);
    return value;
  };
}
