import { formatThaiDate } from '../../calendar/thai-date-text.js';
import { formatUnits } from '../../shared/decimal.js';
import { formatHundredths } from '../ordinance-rates.js';
import { payByOf } from './return-assessment.js';
import { bookNumberText } from '../receipts/local-numbers.js';
import type { AssessmentLine, MonthlyReturnEvent, ReturnFigures, ReturnFiledData } from './monthly-return.events.js';
import type { AssessmentLineObject, MonthlyReturnObject, ReturnFiguresObject, ReturnVersionObject } from './monthly-return.types.js';

/** A return read back whole from its stream: every version with its figures, assessment, bill or overpayment. */

export const baht = (satang: number) => formatUnits(BigInt(satang), 2);
/** A month in Thai, Buddhist Era: 2025-03 is มีนาคม 2568. */
export const periodTh = (period: string) => formatThaiDate(`${period}-01`).replace(/^\S+ /, '');

const ITEMS: Record<AssessmentLine['item'], [th: string, unit: string]> = {
  ROOM_RENT: ['ค่าเช่าห้องพัก', '%'],
  petrol: ['น้ำมันเบนซิน', 'สตางค์/ลิตร'],
  diesel: ['น้ำมันดีเซล', 'สตางค์/ลิตร'],
  lpg: ['ก๊าซปิโตรเลียมเหลว (LPG)', 'สตางค์/กิโลกรัม'],
  ngv: ['ก๊าซธรรมชาติ (NGV)', 'สตางค์/กิโลกรัม'],
  CIGARETTES: ['บุหรี่และซิการ์', 'สตางค์/มวน'],
};

function lineObject(line: AssessmentLine): AssessmentLineObject {
  const [itemTh, unit] = ITEMS[line.item];
  return {
    itemTh, quantity: line.item === 'CIGARETTES' ? String(line.quantity) : formatUnits(BigInt(line.quantity), 2),
    rateTh: line.rate === null ? 'ไม่จัดเก็บ' : `${formatHundredths(line.rate)} ${unit}`,
    amount: formatUnits(BigInt(line.tenThousandthsOfSatang), 6),
  };
}

export function figuresObject(figures: ReturnFigures): ReturnFiguresObject {
  const fuel = figures.kind === 'FUEL'
    ? { petrol: baht(figures.hundredths.petrol), diesel: baht(figures.hundredths.diesel), lpg: baht(figures.hundredths.lpg), ngv: baht(figures.hundredths.ngv) }
    : null;
  return {
    roomRent: figures.kind === 'HOTEL' ? baht(figures.roomRentSatang) : null, fuel,
    cigarettes: figures.kind === 'TOBACCO' ? String(figures.cigarettes) : null,
  };
}

/** The return the events tell, or undefined for an empty stream. */
export function foldReturnDetail(events: readonly MonthlyReturnEvent[]): MonthlyReturnObject | undefined {
  let filed: ReturnFiledData | undefined;
  const versions: ReturnVersionObject[] = [];
  let billed = 0;
  let overpaid = 0;
  let paid = 0;
  for (const event of events) {
    const latest = versions[versions.length - 1];
    switch (event.type) {
      case 'MonthlyReturnFiled':
      case 'MonthlyReturnAmended': {
        const d = event.data;
        if (event.type === 'MonthlyReturnFiled') filed = event.data;
        versions.push({
          version: d.returnVersion, filedOn: d.filedOn, filedOnTh: formatThaiDate(d.filedOn), channel: d.channel, filerName: d.filer.name,
          filerPosition: d.filer.position, amendmentReason: event.type === 'MonthlyReturnAmended' ? event.data.reason : null,
          figures: figuresObject(d.figures), assessment: undefined as never, bill: null, overpayment: null, recordedAt: new Date(d.at),
        });
        break;
      }
      case 'MonthlyReturnAssessed': {
        const d = event.data;
        latest.assessment = {
          ordinance: d.ordinance, termsEffectiveFrom: d.termsEffectiveFrom, dueOn: d.dueOn, dueOnTh: formatThaiDate(d.dueOn), monthsLate: d.monthsLate,
          lines: d.lines.map(lineObject), levy: baht(d.levySatang), previousLevy: baht(d.previousLevySatang), surcharge: baht(d.surchargeSatang),
          surchargePercentPerMonth: formatHundredths(d.surchargeBasisPointsPerMonth), surchargeCapPercent: formatHundredths(d.surchargeCapBasisPoints),
          difference: baht(d.differenceSatang),
        };
        break;
      }
      case 'MonthlyReturnBillIssued': {
        const d = event.data;
        // A bill recorded without its pay-by date (schema 1) takes it from the assessment just before it.
        const payBy = d.payBy ?? payByOf(latest.assessment.dueOn, latest.assessment.monthsLate);
        billed += d.amountSatang;
        latest.bill = { ref1: d.ref1, ref2: d.ref2, amount: baht(d.amountSatang), payload: d.payload, payBy, payByTh: formatThaiDate(payBy), payment: null };
        break;
      }
      case 'MonthlyReturnOverpaymentNoted':
        overpaid += event.data.amountSatang;
        latest.overpayment = baht(event.data.amountSatang);
        break;
      case 'MonthlyReturnPaid': {
        const bill = versions.find((v) => v.version === event.data.returnVersion)?.bill;
        paid += event.data.amountSatang;
        if (bill) {
          bill.payment = {
            paidAt: new Date(event.data.paidAt), amount: baht(event.data.amountSatang), fileDigest: event.data.source.fileDigest,
            line: event.data.source.line, receiptNumber: null,
          };
        }
        break;
      }
      case 'MonthlyReturnReceiptIssued': {
        const payment = versions.find((v) => v.version === event.data.returnVersion)?.bill?.payment;
        if (payment) payment.receiptNumber = bookNumberText({ number: event.data.receiptNumber, fiscalYear: event.data.fiscalYear });
        break;
      }
    }
  }
  if (!filed) return undefined;
  const last = versions[versions.length - 1];
  return {
    id: filed.returnId, kind: filed.kind, period: filed.period, periodTh: periodTh(filed.period), authorityCode: filed.parties.authorityCode,
    authorityNameTh: filed.parties.authorityNameTh, businessNo: filed.parties.businessNo, businessName: filed.parties.businessName,
    status: last.bill?.payment ? 'PAID' : last.bill ? 'BILLED' : last.overpayment ? 'OVERPAID' : 'NOTHING_DUE', version: last.version, levy: last.assessment.levy,
    billed: baht(billed), overpaid: baht(overpaid), paid: baht(paid), versions,
  };
}
