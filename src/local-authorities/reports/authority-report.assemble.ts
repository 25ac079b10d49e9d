import { addDays, type CalendarDay } from '../../calendar/calendar-day.js';
import { formatThaiDate } from '../../calendar/thai-date-text.js';
import { type Baht, formatSatang } from '../../shared/money.js';
import type { ReturnKind } from '../monthly-returns/monthly-return.events.js';
import { periodTh } from '../monthly-returns/monthly-return-detail.js';
import { monthsOf, nextMonth, type ReportPeriod } from './report-period.js';

/** What an authority collects: a PAO its three monthly levies, the others leaflet permit fees. */
export type CollectedKind = ReturnKind | 'LEAFLET';
export const PAO_KINDS: readonly CollectedKind[] = ['HOTEL', 'FUEL', 'TOBACCO'];
export const KIND_TH: Record<CollectedKind, string> = {
  HOTEL: 'ค่าธรรมเนียมบำรุง อบจ. จากผู้พักในโรงแรม', FUEL: 'ภาษีบำรุง อบจ. จากการค้าน้ำมัน', TOBACCO: 'ภาษีบำรุง อบจ. จากการค้ายาสูบ',
  LEAFLET: 'ค่าธรรมเนียมใบอนุญาตโฆษณาด้วยแผ่นประกาศ',
};

/** Money taken: a return's bill paid at the bank, or a permit fee paid at the counter, on its Bangkok day. */
export interface PaymentFact { kind: CollectedKind; paidOn: CalendarDay; satang: number }
/** A return's bills: every one issued and every payment matched, in satang. */
export interface BillFact {
  returnId: string; businessNo: number; businessName: string; kind: ReturnKind; period: string; dueOn: CalendarDay;
  lastRef1: string | null; lastRef2: string | null; billedSatang: number; paidSatang: number;
}
export interface BusinessFact { businessNo: number; nameTh: string; kinds: readonly ReturnKind[]; registeredOn: CalendarDay }
export interface FiledFact { businessNo: number; kind: ReturnKind; period: string }
export interface PermitFact {
  permitId: string; permitNumber: string; issuedOn: CalendarDay; applicantName: string; feeSatang: number; authorityCode: string; authorityNameTh: string;
}

export interface CollectionMonth { month: string; monthTh: string; amounts: { kind: CollectedKind; amount: Baht }[]; total: Baht }
export interface CollectionKind { kind: CollectedKind; kindTh: string; payments: number; amount: Baht }
export interface Collection { byKind: CollectionKind[]; months: CollectionMonth[]; payments: number; total: Baht }
export interface OutstandingBill extends Omit<BillFact, 'billedSatang' | 'paidSatang'> {
  periodTh: string; dueOnTh: string; billed: Baht; paid: Baht; outstanding: Baht; daysOverdue: number;
}
export interface NonFiler { period: string; periodTh: string; businessNo: number; businessName: string; kind: ReturnKind }
export interface IssuedPermit extends Omit<PermitFact, 'feeSatang'> { issuedOnTh: string; fee: Baht }

const sum = (values: readonly number[]) => formatSatang(values.reduce((total, v) => total + BigInt(v), 0n));
const daysBetween = (from: CalendarDay, to: CalendarDay) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
/** The months of the period that have begun by `today`: a report never shows a month to come. */
const monthsSoFar = (period: ReportPeriod, today: CalendarDay) => monthsOf(period.from, period.to).filter((m) => m <= today.slice(0, 7));

/** Money actually paid in the period, by levy and by the Bangkok month of payment, to the satang. */
export function collectionOf(kinds: readonly CollectedKind[], payments: readonly PaymentFact[], period: ReportPeriod, today: CalendarDay): Collection {
  const inPeriod = payments.filter((p) => kinds.includes(p.kind) && p.paidOn.slice(0, 7) >= period.from && p.paidOn.slice(0, 7) <= period.to);
  const of = (kind: CollectedKind, month?: string) => inPeriod.filter((p) => p.kind === kind && (!month || p.paidOn.startsWith(month)));
  return {
    byKind: kinds.map((kind) => ({ kind, kindTh: KIND_TH[kind], payments: of(kind).length, amount: sum(of(kind).map((p) => p.satang)) })),
    months: monthsSoFar(period, today).map((month) => ({
      month, monthTh: periodTh(month), amounts: kinds.map((kind) => ({ kind, amount: sum(of(kind, month).map((p) => p.satang)) })),
      total: sum(inPeriod.filter((p) => p.paidOn.startsWith(month)).map((p) => p.satang)),
    })),
    payments: inPeriod.length,
    total: sum(inPeriod.map((p) => p.satang)),
  };
}

/** Bills of the period's returns billed but not paid in full as of `today`, the longest overdue first. */
export function outstandingOf(bills: readonly BillFact[], period: ReportPeriod, today: CalendarDay): OutstandingBill[] {
  return bills
    .filter((b) => b.period >= period.from && b.period <= period.to && b.billedSatang > b.paidSatang)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.businessNo - b.businessNo || a.kind.localeCompare(b.kind))
    .map(({ billedSatang, paidSatang, ...bill }) => ({
      ...bill, periodTh: periodTh(bill.period), dueOnTh: formatThaiDate(bill.dueOn), billed: sum([billedSatang]), paid: sum([paidSatang]),
      outstanding: sum([billedSatang, -paidSatang]), daysOverdue: Math.max(0, daysBetween(bill.dueOn, today)),
    }));
}

/**
 * Registered businesses with no return of a levy they are registered for, for each month of the period that has
 * ended by `today`. A business registered after a month ended owes nothing for it.
 */
export function nonFilersOf(businesses: readonly BusinessFact[], filed: readonly FiledFact[], period: ReportPeriod, today: CalendarDay): NonFiler[] {
  const has = new Set(filed.map((f) => `${f.businessNo}/${f.kind}/${f.period}`));
  return monthsSoFar(period, today).filter((month) => month < today.slice(0, 7)).flatMap((month) => {
    const lastDay = addDays(`${nextMonth(month)}-01`, -1);
    return businesses
      .filter((b) => b.registeredOn <= lastDay)
      .flatMap((b) => b.kinds.filter((kind) => !has.has(`${b.businessNo}/${kind}/${month}`))
        .map((kind) => ({ period: month, periodTh: periodTh(month), businessNo: b.businessNo, businessName: b.nameTh, kind })));
  }).sort((a, b) => a.period.localeCompare(b.period) || a.businessNo - b.businessNo || PAO_KINDS.indexOf(a.kind) - PAO_KINDS.indexOf(b.kind));
}

/** Permits issued in the period, in the order of issue. */
export function permitsIssuedOf(permits: readonly PermitFact[], period: ReportPeriod): IssuedPermit[] {
  return permits
    .filter((p) => p.issuedOn.slice(0, 7) >= period.from && p.issuedOn.slice(0, 7) <= period.to)
    .sort((a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.authorityCode.localeCompare(b.authorityCode) || a.permitId.localeCompare(b.permitId))
    .map(({ feeSatang, ...p }) => ({ ...p, issuedOnTh: formatThaiDate(p.issuedOn), fee: sum([feeSatang]) }));
}
