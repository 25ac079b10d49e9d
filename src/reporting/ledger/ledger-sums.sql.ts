import { columnOf, MEASURES, type Measure, TRANSFER_MEASURES } from './report-measures.js';

/** SQL select lists over the report ledger's measure columns, each expression named `<prefix><column>`. */

/** One expression per measure. */
export const perMeasure = (prefix: string, expression: (column: string, measure: Measure) => string) =>
  MEASURES.map((m) => `${expression(columnOf(m), m)} AS ${prefix}${columnOf(m)}`).join(', ');

/** Sums of every measure; with a filter, facts (kind F) only, except the transfer counts. */
export const sums = (prefix: string, filter = '') => perMeasure(prefix, (column, m) =>
  `sum(${column})${filter ? ` FILTER (WHERE ${filter}${TRANSFER_MEASURES.includes(m) ? '' : " AND kind = 'F'"})` : ''}`);

const MOVE_ROWS = { in: "kind = 'M' AND transfers_in > 0", out: "kind = 'M' AND transfers_out > 0" };

/**
 * The figures carried by the cases moved into a district (or out of it, as positive figures) by the rows the
 * filter takes; the transfer counts themselves are facts, 0 here.
 */
export const movedSums = (prefix: string, direction: 'in' | 'out', filter = 'true') => perMeasure(prefix, (column, m) =>
  TRANSFER_MEASURES.includes(m) ? '0' : `${direction === 'out' ? '-' : ''}sum(${column}) FILTER (WHERE ${filter} AND ${MOVE_ROWS[direction]})`);
