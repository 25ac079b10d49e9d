import type { AuthorityTerms } from './authority-terms.decider.js';

/** How a version of the terms lies in local_authority_terms. */
export interface TermsRow {
  authority_code: string; effective_from: string; ordinance: string; hotel_fee_bp: number | null;
  fuel_petrol: number | null; fuel_diesel: number | null; fuel_lpg: number | null; fuel_ngv: number | null;
  tobacco_rate: number | null; leaflet_fee_satang: string | null; leaflet_decision_days: number | null;
  filing_deadline_day: number; surcharge_bp_per_month: number; surcharge_cap_bp: number;
}

const NAMES = [
  'authority_code', 'effective_from', 'ordinance', 'hotel_fee_bp', 'fuel_petrol', 'fuel_diesel', 'fuel_lpg', 'fuel_ngv',
  'tobacco_rate', 'leaflet_fee_satang', 'leaflet_decision_days', 'filing_deadline_day', 'surcharge_bp_per_month', 'surcharge_cap_bp',
];

export const TERMS_COLUMNS = {
  insert: NAMES.join(', '),
  select: NAMES.map((name) => (name === 'effective_from' ? "to_char(effective_from, 'YYYY-MM-DD') AS effective_from" : name)).join(', '),
};

export function termsValues(t: AuthorityTerms): unknown[] {
  return [
    t.authorityCode, t.effectiveFrom, t.ordinance, t.hotelFeeBasisPoints, t.fuelRates.petrol, t.fuelRates.diesel, t.fuelRates.lpg,
    t.fuelRates.ngv, t.tobaccoRate, t.leafletPermitFeeSatang, t.leafletDecisionDays, t.filingDeadlineDay,
    t.surchargeBasisPointsPerMonth, t.surchargeCapBasisPoints,
  ];
}

export function termsOf(row: TermsRow): AuthorityTerms {
  return {
    authorityCode: row.authority_code, effectiveFrom: row.effective_from, ordinance: row.ordinance, hotelFeeBasisPoints: row.hotel_fee_bp,
    fuelRates: { petrol: row.fuel_petrol, diesel: row.fuel_diesel, lpg: row.fuel_lpg, ngv: row.fuel_ngv },
    tobaccoRate: row.tobacco_rate, leafletPermitFeeSatang: row.leaflet_fee_satang === null ? null : Number(row.leaflet_fee_satang),
    leafletDecisionDays: row.leaflet_decision_days, filingDeadlineDay: row.filing_deadline_day,
    surchargeBasisPointsPerMonth: row.surcharge_bp_per_month, surchargeCapBasisPoints: row.surcharge_cap_bp,
  };
}
