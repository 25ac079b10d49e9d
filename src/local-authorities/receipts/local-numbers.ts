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
 * (`client` must be in one), for the stream it goes to (takeNumbers).
 */
export async function takeNextNumber(
  client: pg.ClientBase, book: NumberBook, authorityCode: string, day: CalendarDay, streamId: string,
): Promise<BookNumber> {
  return (await takeNumbers(client, book, authorityCode, [{ day, streamId }]))[0];
}

/**
 * Takes the next numbers of an authority's book, one for each of `wanted` in its order, each from the book of its
 * day's fiscal year, inside the caller's transaction (`client` must be in one): one statement a fiscal year moves
 * its counter on by all the numbers it gives (the counter row is created when missing, and stays locked to the end
 * of the transaction), one more lists them with the streams they go to. Another transaction taking from the same
 * book waits for this one to end: a commit keeps the numbers, a rollback gives them back, so the numbers run without
 * gaps or duplicates. Fiscal years are taken in ascending order, so two takers lock their counters in one order.
 */
export async function takeNumbers(
  client: pg.ClientBase, book: NumberBook, authorityCode: string, wanted: readonly { day: CalendarDay; streamId: string }[],
): Promise<BookNumber[]> {
  const years = wanted.map((w) => fiscalYearOf(w.day));
  const numbers: BookNumber[] = new Array(wanted.length);
  for (const fiscalYear of [...new Set(years)].sort((a, b) => a - b)) {
    const at = years.flatMap((y, i) => (y === fiscalYear ? [i] : []));
    const { rows } = await client.query<{ last_number: number }>(
      `INSERT INTO local_number_counters AS c (authority_code, fiscal_year, book, last_number) VALUES ($1, $2, $3, $4)
       ON CONFLICT (authority_code, fiscal_year, book) DO UPDATE SET last_number = c.last_number + EXCLUDED.last_number
       RETURNING last_number`, [authorityCode, fiscalYear, book, at.length]);
    const first = rows[0].last_number - at.length + 1;
    at.forEach((index, k) => { numbers[index] = { book, authorityCode, fiscalYear, number: first + k }; });
    await client.query(
      `INSERT INTO local_numbers_taken (authority_code, fiscal_year, book, number, stream_id)
       SELECT $1, $2, $3, $4::int + t.k - 1, t.stream_id FROM unnest($5::text[]) WITH ORDINALITY AS t(stream_id, k)`,
      [authorityCode, fiscalYear, book, first, at.map((index) => wanted[index].streamId)]);
  }
  return numbers;
}
