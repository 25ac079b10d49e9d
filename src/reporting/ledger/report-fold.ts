import type { DebtCaseTotals, DebtEvent, MediationOutcome } from '../../cases/debt/debt.events.js';
import { satangOf } from '../../shared/money.js';
import {
  addMeasures, CHANNEL_MEASURE, type CountMeasure, isZero, type Measures, MOVED_WITH_CASE, zeroMeasures,
} from './report-measures.js';

/**
 * What the mediation reports need of one debt case, folded from its events in stream order. Pure: the
 * projection and the regeneration from the log run the same fold, so both see the same ledger rows.
 */
export interface CaseLedgerState {
  districtCode: string;
  provinceCode: string;
  channel: CountMeasure;
  /** Epoch ms of the last move into the current district; null while the case never moved. */
  placedAt: number | null;
  /** The latest effective instant of any row of the case so far. */
  maxEff: number;
  /** The scheduled mediation session, whose time dates an outcome. */
  slot: { date: string; time: string | null } | null;
  /** Everything the case has added up so far: it moves with the case. */
  figures: Measures;
}

/** One ledger row: figures added at a district, effective at `eff` (epoch ms). F a fact, M a move. */
export interface LedgerRow {
  districtCode: string;
  provinceCode: string;
  kind: 'F' | 'M';
  eff: number;
  measures: Partial<Measures>;
}

const BANGKOK_OFFSET_MS = 7 * 3_600_000;
/** The instant a Bangkok wall-clock day (and time, default 00:00) begins. */
const bangkokInstant = (date: string, time: string | null) => Date.parse(`${date}T${time ?? '00:00'}:00.000Z`) - BANGKOK_OFFSET_MS;
const OUTCOME_MEASURE: Readonly<Record<MediationOutcome, CountMeasure>> = { AGREED: 'agreed', NOT_AGREED: 'notAgreed', PARTY_ABSENT: 'partyAbsent' };
/** What a registration adds: one of its channel, and its creditors and debts. */
const registrationOf = (channel: CountMeasure, totals: DebtCaseTotals): Measures => addMeasures(zeroMeasures(), {
  [channel]: 1, creditors: totals.creditorCount, principal: satangOf(totals.totalPrincipal), outstanding: satangOf(totals.totalOutstanding),
});

export interface FoldResult {
  state: CaseLedgerState | undefined;
  rows: LedgerRow[];
}

/**
 * The rows one event adds. When an event counts (see README, "Which period an event belongs to"):
 * a registration, with its creditors and debts, at registeredAt (the paper form's date, or the original
 * time of an imported one), and a correction of it there too; a mediation outcome at its session (the
 * slot's date and time, never after `at`); everything else at `at`. No fact of a moved case counts before
 * the move into its district, and a move never counts before a fact it carries.
 */
export function foldReportEvent(state: CaseLedgerState | undefined, event: DebtEvent): FoldResult {
  if (event.type === 'DebtorRegistered') {
    const { districtCode, provinceCode, channel, registeredAt } = event.data;
    const measure = CHANNEL_MEASURE[channel];
    const eff = Date.parse(registeredAt);
    const figures = registrationOf(measure, event.data);
    const row: LedgerRow = { districtCode, provinceCode, kind: 'F', eff, measures: { ...figures } };
    return { state: { districtCode, provinceCode, channel: measure, placedAt: null, maxEff: eff, slot: null, figures }, rows: [row] };
  }
  if (!state) return { state, rows: [] };
  const next: CaseLedgerState = { ...state, figures: { ...state.figures } };
  const rows: LedgerRow[] = [];
  const at = Date.parse(event.data.at);
  const fact = (measures: Partial<Measures>, business = at) => {
    const eff = Math.max(business, next.placedAt ?? business);
    next.maxEff = Math.max(next.maxEff, eff);
    addMeasures(next.figures, measures);
    rows.push({ districtCode: next.districtCode, provinceCode: next.provinceCode, kind: 'F', eff, measures });
  };
  const move = (toDistrictCode: string, toProvinceCode: string) => {
    const eff = Math.max(at, next.maxEff);
    const moved: Partial<Measures> = {};
    for (const m of MOVED_WITH_CASE) if (next.figures[m]) (moved as Record<string, unknown>)[m] = next.figures[m];
    rows.push({ districtCode: next.districtCode, provinceCode: next.provinceCode, kind: 'M', eff, measures: negate(moved, { transfersOut: 1 }) });
    rows.push({ districtCode: toDistrictCode, provinceCode: toProvinceCode, kind: 'M', eff, measures: { ...moved, transfersIn: 1 } });
    Object.assign(next, { districtCode: toDistrictCode, provinceCode: toProvinceCode, placedAt: eff, maxEff: eff });
  };
  switch (event.type) {
    case 'DebtRegistrationAmended': {
      const { before, after } = event.data;
      const was = registrationOf(next.channel, before);
      const is = registrationOf(next.channel, after);
      if (before.registeredAt !== after.registeredAt) {
        fact(addMeasures(zeroMeasures(), was, -1), Date.parse(before.registeredAt));
        fact(is, Date.parse(after.registeredAt));
      } else {
        const change = addMeasures(is, was, -1); // after less before
        if (!isZero(change)) fact(change, Date.parse(after.registeredAt));
      }
      if (before.districtCode !== after.districtCode) move(after.districtCode, after.provinceCode);
      break;
    }
    case 'DebtContactAttemptRecorded': {
      const { previousStatus, status, reached, wishesMediation } = event.data;
      const measures: Partial<Measures> = {};
      if (previousStatus === 'REGISTERED' && status === 'CONTACTED') measures.contacted = 1;
      // The wish stated the last time the debtor was reached: 1 while it is YES.
      const wish = reached ? Number(wishesMediation === 'YES') - next.figures.wishingMediation : 0;
      if (wish !== 0) measures.wishingMediation = wish;
      if (Object.keys(measures).length > 0) fact(measures);
      break;
    }
    case 'DebtCaseTransferred':
      move(event.data.toDistrictCode, event.data.toProvinceCode);
      if (event.data.cancelledMediation) next.slot = null;
      break;
    case 'DebtMediationScheduled':
      next.slot = { date: event.data.date, time: event.data.time };
      break;
    case 'DebtMediationOutcomeRecorded': {
      const { outcome, mediationDate, agreement } = event.data;
      const time = next.slot?.date === mediationDate ? next.slot.time : null;
      const measures: Partial<Measures> = { [OUTCOME_MEASURE[outcome]]: 1 };
      if (agreement) {
        const { debtBefore, debtAfter, reduction } = agreement;
        Object.assign(measures, { debtBefore: satangOf(debtBefore), debtAfter: satangOf(debtAfter), reduction: satangOf(reduction) });
      }
      fact(measures, Math.min(at, bangkokInstant(mediationDate, time)));
      next.slot = null;
      break;
    }
    case 'DebtCaseReferred':
      fact({ referred: 1 });
      break;
    case 'DebtCaseClosed':
      fact({ closed: 1 });
      break;
    case 'DebtCaseReopened':
      fact({ closed: -1 });
      break;
  }
  return { state: next, rows };
}

function negate(measures: Partial<Measures>, extra: Partial<Measures>): Partial<Measures> {
  const negative: Record<string, number | bigint> = { ...extra };
  for (const [m, v] of Object.entries(measures)) negative[m] = typeof v === 'bigint' ? -v : -(v as number);
  return negative as Partial<Measures>;
}
