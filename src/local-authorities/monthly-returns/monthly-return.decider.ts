import { addDays, bangkokDay, parseCalendarDay } from '../../calendar/calendar-day.js';
import { bangkokDateOf } from '../../shared/date-input.js';
import type { Decider } from '../../shared/decider.js';
import { DomainError } from '../../shared/domain-error.js';
import { FieldErrors } from '../../shared/field-errors.js';
import { hasText, optionalText, requireText } from '../../shared/text-input.js';
import { type AuthorityTerms, termsInForceOn } from '../authority-terms.decider.js';
import { billPayload, ref1Of, ref2Of } from './bill-payment.js';
import { returnErrors } from './monthly-return-errors.js';
import { evolveMonthlyReturn, type FiledReturn, initialMonthlyReturnState, type MonthlyReturnState } from './monthly-return-state.js';
import type { AmendMonthlyReturn, FileMonthlyReturn, FilerForm, MonthlyReturnCommand, RecordReturnPaid } from './monthly-return.commands.js';
import {
  type Filer, type FilingChannel, MONTHLY_RETURN_SCHEMA_VERSIONS, type MonthlyReturnEvent, readRecordedMonthlyReturnEvent, type ReturnFigures,
  type ReturnKind,
} from './monthly-return.events.js';
import { assessmentLines, filingDeadline, levyOf, monthsLate, payByOf, surchargeOf } from './return-assessment.js';
import { parseFigures, sameFigures } from './return-figures.js';

/**
 * แบบยื่นรายเดือน: a business's monthly return of the PAO's hotel fee, fuel tax or tobacco tax, one stream per
 * business, levy and month. Filing assesses it at once from the terms in force for the period (never a typed
 * amount) and bills what it comes to; an amendment is a new version assessed on the difference. A second filing
 * for the same stream is a duplicate. Pure: the terms, holidays and time arrive on the command.
 */
export const monthlyReturnDecider: Decider<MonthlyReturnCommand, MonthlyReturnEvent, MonthlyReturnState> = {
  initialState: initialMonthlyReturnState,
  evolve: evolveMonthlyReturn,
  decide(command, state) {
    if (command.type === 'FileMonthlyReturn') {
      if (state !== null) throw returnErrors.duplicate(state.filed.period);
      return decideFile(command);
    }
    if (state === null) throw returnErrors.notFound();
    if (command.type === 'RecordReturnPaid') return decidePaid(command, state);
    return decideAmend(command, state);
  },
  schemaVersions: MONTHLY_RETURN_SCHEMA_VERSIONS,
  read: readRecordedMonthlyReturnEvent,
};

const levies = (terms: AuthorityTerms, kind: ReturnKind) =>
  kind === 'HOTEL' ? terms.hotelFeeBasisPoints !== null
    : kind === 'TOBACCO' ? terms.tobaccoRate !== null
      : Object.values(terms.fuelRates).some((rate) => rate !== null);

function decideFile(command: FileMonthlyReturn): MonthlyReturnEvent[] {
  const today = bangkokDateOf(command.at);
  const errors = new FieldErrors();
  const firstDayAfter = dayAfterPeriod(command.period);
  errors.take(() => {
    if (firstDayAfter > today) throw returnErrors.periodNotEnded(command.period);
  });
  const terms = errors.take(() => {
    if (!command.terms) throw returnErrors.noTerms(command.period);
    if (!levies(command.terms, command.kind)) throw returnErrors.notLevied();
    return command.terms;
  });
  const figures = errors.take(() => parseFigures(command.kind, command.figures));
  const filer = errors.take(() => parseFiler(command.filer));
  const filedOn = errors.take(() => filingDay(command.channel, command.receivedOn, today, firstDayAfter));
  const valid = errors.done({ terms, figures, filer, filedOn });
  const filed: MonthlyReturnEvent = {
    type: 'MonthlyReturnFiled',
    data: {
      returnId: command.returnId, returnVersion: 1, kind: command.kind, period: command.period, parties: command.parties,
      figures: valid.figures, filer: valid.filer, channel: command.channel, terms: valid.terms, filedOn: valid.filedOn, at: command.at,
    },
  };
  const dueOn = filingDeadline(command.period, valid.terms.filingDeadlineDay, new Set(command.holidays));
  const state = evolveMonthlyReturn(null, filed) as FiledReturn;
  return [filed, ...assess({ ...state, dueOn }, 1, valid.figures, valid.filedOn, 0, command.at)];
}

function decideAmend(command: AmendMonthlyReturn, state: FiledReturn): MonthlyReturnEvent[] {
  if (state.version >= 99) throw returnErrors.tooManyVersions();
  const today = bangkokDateOf(command.at);
  const errors = new FieldErrors();
  const figures = errors.take(() => {
    const parsed = parseFigures(state.filed.kind, command.figures);
    if (sameFigures(parsed, state.figures)) throw returnErrors.amendmentUnchanged();
    return parsed;
  });
  const filer = errors.take(() => parseFiler(command.filer));
  const reason = errors.take(() => requireText(command.reason, 'reason', 500));
  const filedOn = errors.take(() => {
    const day = filingDay(command.channel, command.receivedOn, today, dayAfterPeriod(state.filed.period));
    if (day < state.filedOn) throw returnErrors.receivedBeforePrevious(state.filedOn);
    return day;
  });
  const valid = errors.done({ figures, filer, reason, filedOn });
  const version = state.version + 1;
  const amended: MonthlyReturnEvent = {
    type: 'MonthlyReturnAmended',
    data: {
      returnId: state.filed.returnId, returnVersion: version, figures: valid.figures, filer: valid.filer, channel: command.channel,
      filedOn: valid.filedOn, reason: valid.reason, at: command.at,
    },
  };
  return [amended, ...assess(state, version, valid.figures, valid.filedOn, state.levySatang, command.at)];
}

/**
 * The assessment of a version and what follows from it: a bill for a positive difference (the levy's increase and
 * the surcharge on it when filed after the deadline), payable by the deadline when filed in time and, when late, by
 * the last day of the month of surcharge it counts (payByOf); an overpayment noted for a negative one (the levy's
 * decrease; a surcharge assessed before stays), nothing more for none.
 */
function assess(state: FiledReturn, version: number, figures: ReturnFigures, filedOn: string, previousLevySatang: number, at: string): MonthlyReturnEvent[] {
  const { terms, filed } = state;
  const lines = assessmentLines(figures, terms);
  const levySatang = levyOf(lines);
  const late = monthsLate(state.dueOn, filedOn);
  const surchargeSatang = surchargeOf(levySatang - previousLevySatang, late, terms.surchargeBasisPointsPerMonth, terms.surchargeCapBasisPoints);
  const differenceSatang = levySatang - previousLevySatang + surchargeSatang;
  const base = { returnId: filed.returnId, returnVersion: version, at };
  const events: MonthlyReturnEvent[] = [{
    type: 'MonthlyReturnAssessed',
    data: {
      ...base, termsEffectiveFrom: terms.effectiveFrom, ordinance: terms.ordinance, dueOn: state.dueOn, filedOn, monthsLate: late, lines,
      levySatang, previousLevySatang, surchargeSatang, surchargeBasisPointsPerMonth: terms.surchargeBasisPointsPerMonth,
      surchargeCapBasisPoints: terms.surchargeCapBasisPoints, differenceSatang,
    },
  }];
  if (differenceSatang > 0) {
    const ref1 = ref1Of(filed.parties.authorityCode, filed.kind, filed.period);
    const ref2 = ref2Of(filed.parties.businessNo, version);
    events.push({
      type: 'MonthlyReturnBillIssued',
      data: {
        ...base, ref1, ref2, amountSatang: differenceSatang, payload: billPayload(filed.parties.billerCode, ref1, ref2, differenceSatang),
        payBy: payByOf(state.dueOn, late),
      },
    });
  } else if (differenceSatang < 0) {
    events.push({ type: 'MonthlyReturnOverpaymentNoted', data: { ...base, amountSatang: -differenceSatang } });
  }
  return events;
}

const MAX_SATANG = 10 ** 13;

/**
 * A bill paid: only a bill this return issued (its Ref1 and Ref2), not paid before, for exactly its amount, by its
 * pay-by date (Bangkok; later, more เงินเพิ่ม is owed than it bills); then the receipt with the number taken for it. A bill of an earlier version is still paid on its own: an amended
 * return's bill covers only the difference.
 */
function decidePaid(command: RecordReturnPaid, state: FiledReturn): MonthlyReturnEvent[] {
  if (!Number.isSafeInteger(command.amountSatang) || command.amountSatang <= 0 || command.amountSatang >= MAX_SATANG) {
    throw returnErrors.paymentMalformed('amount');
  }
  if (!/^[0-9a-f]{64}$/.test(command.fileDigest)) throw returnErrors.paymentMalformed('fileDigest');
  if (!Number.isSafeInteger(command.line) || command.line < 1) throw returnErrors.paymentMalformed('line');
  if (Number.isNaN(Date.parse(command.paidAt))) throw returnErrors.paymentMalformed('paidAt');
  const { fiscalYear, number } = command.receipt;
  if (!Number.isSafeInteger(number) || number < 1 || !Number.isSafeInteger(fiscalYear) || fiscalYear < 2500 || fiscalYear > 2800) {
    throw returnErrors.paymentMalformed('receipt');
  }
  const bill = state.bills[command.ref2];
  if (!bill || bill.ref1 !== command.ref1) throw returnErrors.billNotFound();
  if (bill.paid) throw returnErrors.billAlreadyPaid(command.ref2);
  if (bangkokDay(new Date(command.paidAt)) > bill.payBy) throw returnErrors.paidAfterPayBy(bill.payBy);
  if (bill.amountSatang !== command.amountSatang) throw returnErrors.paymentAmountWrong(bill.amountSatang, command.amountSatang);
  const base = { returnId: state.filed.returnId, returnVersion: bill.returnVersion, amountSatang: bill.amountSatang, at: command.at };
  return [
    {
      type: 'MonthlyReturnPaid',
      data: { ...base, ref1: command.ref1, ref2: command.ref2, paidAt: new Date(command.paidAt).toISOString(), source: { fileDigest: command.fileDigest, line: command.line } },
    },
    { type: 'MonthlyReturnReceiptIssued', data: { ...base, authorityCode: state.filed.parties.authorityCode, fiscalYear, receiptNumber: number } },
  ];
}

/** The first day of the month after the period: the earliest a return for it can be filed. */
const dayAfterPeriod = (period: string) => `${addDays(`${period}-01`, 31).slice(0, 7)}-01`;

/** The terms a period is assessed at: the version in force on its first day. */
export const termsForPeriod = (versions: readonly AuthorityTerms[], period: string) => termsInForceOn(versions, `${period}-01`);

function parseFiler(form: FilerForm | null | undefined): Filer {
  return {
    name: requireText(form?.name, 'filer.name', 200), position: optionalText(form?.position, 'filer.position', 200), citizenId: form?.citizenId ?? null,
  };
}

/** The day the filing reached the authority: today online; a paper filing's day of receipt, from `earliest` to today. */
function filingDay(channel: FilingChannel, receivedOn: string | null | undefined, today: string, earliest: string): string {
  if (channel === 'ONLINE' || !hasText(receivedOn)) return today;
  const day = parseCalendarDay(receivedOn, 'receivedOn');
  if (day > today) throw returnErrors.receivedInFuture();
  if (day < earliest) throw returnErrors.receivedBeforePeriodEnd();
  return day;
}

/** A period as typed: YYYY-MM, CE or Buddhist Era year, Thai digits accepted; returned as CE YYYY-MM within 2000–2099. */
export function parsePeriod(input: string): string {
  const day = (() => {
    try {
      return parseCalendarDay(`${String(input ?? '').trim()}-01`, 'period');
    } catch (error) {
      if (error instanceof DomainError) throw returnErrors.periodMalformed(input);
      throw error;
    }
  })();
  if (day < '2000-01-01' || day > '2099-12-01') throw returnErrors.periodMalformed(input);
  return day.slice(0, 7);
}
