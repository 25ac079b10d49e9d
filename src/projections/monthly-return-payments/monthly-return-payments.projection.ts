import type pg from 'pg';
import { bangkokDay } from '../../calendar/calendar-day.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import { readMonthlyReturnEvent, type ReturnPaidData } from '../../local-authorities/monthly-returns/monthly-return.events.js';
import type { Projection } from '../runner/projection.js';

/** A payment row as stored; the return id is `<businessNo>-<KIND>-<YYYY-MM>`, Ref1 starts with the authority's code. */
function rowOf(stored: StoredEvent, paid: ReturnPaidData) {
  const [businessNo, kind, ...period] = paid.returnId.split('-');
  return {
    streamId: stored.streamId, streamVersion: stored.version, returnId: paid.returnId, authorityCode: paid.ref1.slice(0, 7),
    businessNo: Number(businessNo), kind, period: period.join('-'), returnVersion: paid.returnVersion, amountSatang: paid.amountSatang,
    paidAt: paid.paidAt, paidOn: bangkokDay(new Date(paid.paidAt)),
  };
}

/**
 * The payments of monthly returns (table monthly_return_payments): one row per MonthlyReturnPaid event, keyed by its
 * stream and version, so an event delivered again changes nothing. The collection reports sum them by levy and by the
 * month of payment in Bangkok.
 */
export class MonthlyReturnPaymentsProjection implements Projection {
  readonly name = 'monthly-return-payments';
  readonly tables = ['monthly_return_payments'];
  readonly dataOf = ['MonthlyReturnPaid'];

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    const rows = events.flatMap((stored) => {
      if (stored.type !== 'MonthlyReturnPaid') return [];
      const event = readMonthlyReturnEvent(stored);
      return event?.type === 'MonthlyReturnPaid' ? [rowOf(stored, event.data)] : [];
    });
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO monthly_return_payments (stream_id, stream_version, return_id, authority_code, business_no, kind, period, return_version,
         amount_satang, paid_at, paid_on)
       SELECT r."streamId", r."streamVersion", r."returnId", r."authorityCode", r."businessNo", r.kind, r.period, r."returnVersion",
         r."amountSatang", r."paidAt", r."paidOn"
       FROM jsonb_to_recordset($1::jsonb) AS r("streamId" text, "streamVersion" integer, "returnId" text, "authorityCode" text,
         "businessNo" integer, kind text, period text, "returnVersion" integer, "amountSatang" bigint, "paidAt" timestamptz, "paidOn" date)
       ON CONFLICT (stream_id, stream_version) DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }
}
