import { parseCalendarDay } from '../calendar/calendar-day.js';
import { formatThaiDate } from '../calendar/thai-date-text.js';
import { requireDateWithin } from '../shared/date-input.js';
import { parseFields } from '../shared/field-errors.js';
import { hasText, requireText } from '../shared/text-input.js';
import type { LocalAuthority } from './local-authority.decider.js';
import { notForPaoTerm, paoOnlyTerm, termRequired, termsNotAfterLatest } from './local-authority-errors.js';
import { CEILINGS, type Ceiling, parseHundredths, parseWholeNumber } from './ordinance-rates.js';

export const FUEL_KINDS = ['petrol', 'diesel', 'lpg', 'ngv'] as const;
export type FuelKind = (typeof FUEL_KINDS)[number];

/**
 * An authority's ordinance terms (ข้อบัญญัติ) from a day on, until a later version takes effect. Percentages
 * in basis points, rates in hundredths of a satang (per litre; per kilogram for LPG and NGV), fees in satang.
 * The three PAO levies are null where the PAO levies none, and always null for other kinds; the leaflet
 * permit's fee and decision period are null for a PAO.
 */
export interface AuthorityTerms {
  readonly authorityCode: string;
  readonly effectiveFrom: string;
  /** The ordinance that set these terms, e.g. ข้อบัญญัติ อบจ.ชลบุรี เรื่อง ... พ.ศ. 2567. */
  readonly ordinance: string;
  readonly hotelFeeBasisPoints: number | null;
  readonly fuelRates: Readonly<Record<FuelKind, number | null>>;
  readonly tobaccoRate: number | null;
  readonly leafletPermitFeeSatang: number | null;
  readonly leafletDecisionDays: number | null;
  /** A monthly filing is due by this day (1–28) of the month after its period. */
  readonly filingDeadlineDay: number;
  /** เงินเพิ่ม: this share of the amount owed per month or part of a month late, never more than the cap in all. */
  readonly surchargeBasisPointsPerMonth: number;
  readonly surchargeCapBasisPoints: number;
}

/** What a central administrator types to enact terms; every number as text, Thai digits accepted. */
export interface TermsForm {
  effectiveFrom: string;
  ordinance: string;
  hotelFeePercent?: string | null;
  fuelRates?: Partial<Record<FuelKind, string | null>> | null;
  tobaccoRate?: string | null;
  leafletPermitFee?: string | null;
  leafletDecisionDays?: string | null;
  filingDeadlineDay: string;
  surchargePercentPerMonth: string;
  surchargeCapPercent: string;
}

export const TERMS_FROM = '2000-01-01';
export const TERMS_UNTIL = '2099-12-31';

/**
 * The new version of an authority's terms, every field checked at once: PAO levies refused for other kinds,
 * leaflet terms refused for a PAO, rates above the legal ceilings refused, and a version taking effect on or
 * before the latest one's day refused, so that no enactment changes what was in force before it.
 */
export function decideTerms(authority: LocalAuthority, form: TermsForm, latestEffectiveFrom: string | null): AuthorityTerms {
  const pao = authority.kind === 'PAO';
  const fuel = form.fuelRates ?? {};
  const levy = (input: string | null | undefined, field: string, ceiling: Ceiling) => () => {
    if (!hasText(input)) return null;
    if (!pao) throw paoOnlyTerm(field);
    return parseHundredths(input, field, ceiling);
  };
  const leaflet = <T>(input: string | null | undefined, field: string, parse: (text: string) => T) => () => {
    if (pao) {
      if (hasText(input)) throw notForPaoTerm(field);
      return null;
    }
    if (!hasText(input)) throw termRequired(field);
    return parse(input);
  };
  const terms = parseFields({
    effectiveFrom: () => effectiveDay(form.effectiveFrom, latestEffectiveFrom),
    ordinance: () => requireText(form.ordinance, 'ordinance', 300),
    hotelFee: levy(form.hotelFeePercent, 'hotelFeePercent', CEILINGS.hotelFee),
    petrol: levy(fuel.petrol, 'fuelRates.petrol', CEILINGS.fuel),
    diesel: levy(fuel.diesel, 'fuelRates.diesel', CEILINGS.fuel),
    lpg: levy(fuel.lpg, 'fuelRates.lpg', CEILINGS.fuel),
    ngv: levy(fuel.ngv, 'fuelRates.ngv', CEILINGS.fuel),
    tobacco: levy(form.tobaccoRate, 'tobaccoRate', CEILINGS.tobacco),
    leafletFee: leaflet(form.leafletPermitFee, 'leafletPermitFee', (t) => parseHundredths(t, 'leafletPermitFee', CEILINGS.leafletFee)),
    leafletDays: leaflet(form.leafletDecisionDays, 'leafletDecisionDays', (t) => parseWholeNumber(t, 'leafletDecisionDays', 1, 365)),
    deadline: () => parseWholeNumber(form.filingDeadlineDay, 'filingDeadlineDay', 1, 28),
    perMonth: () => parseHundredths(form.surchargePercentPerMonth, 'surchargePercentPerMonth', CEILINGS.surcharge),
    cap: () => parseHundredths(form.surchargeCapPercent, 'surchargeCapPercent', CEILINGS.surcharge),
  });
  return {
    authorityCode: authority.code, effectiveFrom: terms.effectiveFrom, ordinance: terms.ordinance,
    hotelFeeBasisPoints: terms.hotelFee,
    fuelRates: { petrol: terms.petrol, diesel: terms.diesel, lpg: terms.lpg, ngv: terms.ngv },
    tobaccoRate: terms.tobacco, leafletPermitFeeSatang: terms.leafletFee, leafletDecisionDays: terms.leafletDays,
    filingDeadlineDay: terms.deadline, surchargeBasisPointsPerMonth: terms.perMonth, surchargeCapBasisPoints: terms.cap,
  };
}

/** The version in force on `day`: the latest to take effect on or before it; undefined before the first. */
export function termsInForceOn<T extends { effectiveFrom: string }>(versions: readonly T[], day: string): T | undefined {
  return versions.filter((v) => v.effectiveFrom <= day).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

function effectiveDay(input: string, latest: string | null): string {
  const day = requireDateWithin(parseCalendarDay(input, 'effectiveFrom'), 'effectiveFrom', TERMS_FROM, TERMS_UNTIL);
  if (latest !== null && day <= latest) throw termsNotAfterLatest(latest, formatThaiDate(latest), 'effectiveFrom');
  return day;
}
