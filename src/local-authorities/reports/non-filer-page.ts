import { decodeCursor, encodeCursor, type Page, pageOf } from '../../shared/page.js';
import { type NonFiler, PAO_KINDS } from './authority-report.assemble.js';

type Key = [string, number, string];

const isKey = (value: unknown): value is Key => Array.isArray(value) && value.length === 3 && typeof value[0] === 'string'
  && Number.isInteger(value[1]) && typeof value[2] === 'string' && (PAO_KINDS as readonly string[]).includes(value[2]);

const keyOf = (n: NonFiler): Key => [n.period, n.businessNo, n.kind];

/** The order nonFilersOf gives: month, business, levy. */
const compare = (a: Key, b: Key) => a[0].localeCompare(b[0]) || a[1] - b[1]
  || PAO_KINDS.indexOf(a[2] as NonFiler['kind']) - PAO_KINDS.indexOf(b[2] as NonFiler['kind']);

/**
 * A page of a report's non-filers (in nonFilersOf's order): the `first` after the row `after` names (its month,
 * business and levy, so a row that has since filed does not shift the pages). A cursor of another list is
 * CURSOR_INVALID on `after`.
 */
export function nonFilerPage(rows: readonly NonFiler[], first: number, after?: string | null): Page<NonFiler> {
  const from = after ? decodeCursor(after, isKey) : null;
  const start = from ? rows.findIndex((row) => compare(keyOf(row), from) > 0) : 0;
  const rest = start < 0 ? [] : rows.slice(start, start + first + 1);
  return pageOf(rest, first, (row) => encodeCursor(keyOf(row)), after);
}
