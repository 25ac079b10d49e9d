import type pg from 'pg';
import { loadMonthlyReturnRows } from '../../projections/monthly-returns/monthly-returns.projection.js';
import type { ReturnKind } from '../monthly-returns/monthly-return.events.js';
import type { CollectedKind, FiledFact, PermitFact } from './authority-report.assemble.js';
import type { AuthorityFacts } from './authority-report.view.js';
import type { ReportPeriod } from './report-period.js';

/** Where the facts are read: the read models through the reader's pool (row-level security), the register through the owner's. */
export interface FactSources { readModels: pg.Pool; register: pg.Pool }

const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const bounds = (period: ReportPeriod) => [`${period.from}-01`, `${period.to}-01`];
/** Days from the first of `from` to the end of the month of `to` ($2, $3 as the first days of those months). */
const IN_PERIOD = (column: string) => `${column} >= $2::date AND ${column} < ($3::date + interval '1 month')`;

/** A PAO's facts: payments, bills, registered businesses and returns filed; `district` bounds them to where the business lies. */
export async function paoFacts(db: FactSources, code: string, period: ReportPeriod, district: string | null): Promise<AuthorityFacts> {
  const [payments, bills, businesses, filed] = await Promise.all([
    db.readModels.query<{ kind: CollectedKind; paidOn: string; satang: string }>(
      `SELECT p.kind, ${day('p.paid_on')} AS "paidOn", p.amount_satang::text AS satang FROM monthly_return_payments p
       WHERE p.authority_code = $1 AND ${IN_PERIOD('p.paid_on')} AND ($4::text IS NULL
         OR EXISTS (SELECT 1 FROM monthly_returns r WHERE r.return_id = p.return_id AND r.business_district_code = $4))`,
      [code, ...bounds(period), district]),
    loadMonthlyReturnRows(db.readModels, `r.authority_code = $1 AND r.period BETWEEN $2 AND $3 AND r.billed_satang > r.paid_satang
      AND ($4::text IS NULL OR r.business_district_code = $4)`, [code, period.from, period.to, district]),
    db.register.query<{ businessNo: number; nameTh: string; kinds: ReturnKind[]; registeredOn: string }>(
      `SELECT business_no AS "businessNo", name_th AS "nameTh", kinds, ${day("registered_at AT TIME ZONE 'Asia/Bangkok'")} AS "registeredOn"
       FROM local_businesses WHERE authority_code = $1 AND ($2::text IS NULL OR district_code = $2)`, [code, district]),
    db.readModels.query<FiledFact>(
      `SELECT business_no AS "businessNo", kind, period FROM monthly_returns
       WHERE authority_code = $1 AND period BETWEEN $2 AND $3 AND ($4::text IS NULL OR business_district_code = $4)`,
      [code, period.from, period.to, district]),
  ]);
  return {
    payments: payments.rows.map((p) => ({ ...p, satang: Number(p.satang) })),
    bills: bills.map((r) => ({
      returnId: r.returnId, businessNo: r.businessNo, businessName: r.businessName, kind: r.kind as ReturnKind, period: r.period, dueOn: r.dueOn,
      lastRef1: r.lastRef1, lastRef2: r.lastRef2, billedSatang: r.billedSatang, paidSatang: r.paidSatang,
    })),
    businesses: businesses.rows,
    filed: filed.rows,
    permits: [],
  };
}

/** Permits issued in the period: one authority's, or (`province`) every authority's of the province. */
export async function permitsIssued(db: pg.Pool, where: { authorityCode: string } | { province: string }, period: ReportPeriod): Promise<PermitFact[]> {
  const [column, value] = 'authorityCode' in where ? ['authority_code', where.authorityCode] : ['province_code', where.province];
  const { rows } = await db.query<PermitFact & { feeSatang: string }>(
    `SELECT permit_id AS "permitId", permit_number AS "permitNumber", ${day('issued_on')} AS "issuedOn", applicant_name AS "applicantName",
       fee_satang::text AS "feeSatang", authority_code AS "authorityCode", authority_name_th AS "authorityNameTh"
     FROM leaflet_permits WHERE ${column} = $1 AND issued_on IS NOT NULL AND ${IN_PERIOD('issued_on')}`, [value, ...bounds(period)]);
  return rows.map((p) => ({ ...p, feeSatang: Number(p.feeSatang) }));
}

/** A municipality's, SAO's or Pattaya's facts: the permit fees paid at its counter and the permits it issued. */
export async function issuerFacts(db: FactSources, code: string, period: ReportPeriod): Promise<AuthorityFacts> {
  const [fees, permits] = await Promise.all([
    db.readModels.query<{ paidOn: string; satang: string }>(
      `SELECT ${day('paid_on')} AS "paidOn", fee_satang::text AS satang FROM leaflet_permits WHERE authority_code = $1 AND ${IN_PERIOD('paid_on')}`,
      [code, ...bounds(period)]),
    permitsIssued(db.readModels, { authorityCode: code }, period),
  ]);
  return {
    payments: fees.rows.map((f) => ({ kind: 'LEAFLET' as const, paidOn: f.paidOn, satang: Number(f.satang) })),
    bills: [], businesses: [], filed: [], permits,
  };
}
