import type pg from 'pg';
import { fiscalYearOf } from '../../calendar/thai-years.js';
import type { CalendarDay } from '../../calendar/calendar-day.js';

/** The books an authority numbers without gaps, each per fiscal year: receipts (ใบเสร็จรับเงิน) and leaflet permits. */
export type NumberBook = 'RECEIPT' | 'LEAFLET_PERMIT';

/** A number taken from a book: "12/2569" is the twelfth of fiscal year 2569. */
export interface BookNumber {
  book: NumberBook;
  authorityCode: string;
  /** Buddhist Era, the year ending 30 September. */
  fiscalYear: number;
  number: number;
}

/** How a number is written on the documents: เลขที่ 12/2569. */
export const bookNumberText = (n: Pick<BookNumber, 'number' | 'fiscalYear'>): string => `${n.number}/${n.fiscalYear}`;

/**
 * Takes the next number of an authority's book for the fiscal year of `day`, inside the caller's transaction
 * (`client` must be in one): the counter row is created when missing, then locked FOR UPDATE and moved on, and the
 * number is listed with the stream it goes to. Another transaction taking from the same book waits for this one
 * to end: a commit keeps the number, a rollback gives it back, so the numbers run without gaps or duplicates.
 */
export async function takeNextNumber(
  client: pg.ClientBase, book: NumberBook, authorityCode: string, day: CalendarDay, streamId: string,
): Promise<BookNumber> {
  const fiscalYear = fiscalYearOf(day);
  const key = [authorityCode, fiscalYear, book];
  await client.query(
    `INSERT INTO local_number_counters (authority_code, fiscal_year, book, last_number) VALUES ($1, $2, $3, 0)
     ON CONFLICT (authority_code, fiscal_year, book) DO NOTHING`, key);
  const { rows } = await client.query<{ last_number: number }>(
    'SELECT last_number FROM local_number_counters WHERE authority_code = $1 AND fiscal_year = $2 AND book = $3 FOR UPDATE', key);
  const number = rows[0].last_number + 1;
  await client.query(
    'UPDATE local_number_counters SET last_number = $4 WHERE authority_code = $1 AND fiscal_year = $2 AND book = $3', [...key, number]);
  await client.query(
    'INSERT INTO local_numbers_taken (authority_code, fiscal_year, book, number, stream_id) VALUES ($1, $2, $3, $4, $5)', [...key, number, streamId]);
  return { book, authorityCode, fiscalYear, number };
}
