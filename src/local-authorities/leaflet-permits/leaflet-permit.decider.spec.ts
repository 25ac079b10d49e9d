import { describe, expect, it } from '@jest/globals';
import { given } from '../../../test/support/decider-spec.js';
import { SHIPPED_HOLIDAYS } from '../../calendar/holidays-2024-2027.js';
import { leafletPermitDecider as decider } from './leaflet-permit.decider.js';
import type { LeafletPermitEvent } from './leaflet-permit.events.js';
import { decisionDueOn } from './leaflet-permit-due.js';
import { requestCommand, requestedEvent } from './leaflet-permit-fixtures.js';

const at = (bangkok: string) => new Date(`${bangkok}+07:00`).toISOString();
const id = 'LP-0000-0000-0001';
const checked: LeafletPermitEvent = { type: 'LeafletPermitChecked', data: { permitId: id, at: at('2025-12-02T09:00:00'), note: null } };
const approved: LeafletPermitEvent = {
  type: 'LeafletPermitApproved', data: { permitId: id, at: at('2025-12-03T09:00:00'), decidedOn: '2025-12-03', conditions: ['ห้ามปิดบนเสาไฟฟ้า'] },
};
const paid: LeafletPermitEvent = {
  type: 'LeafletFeePaid',
  data: { permitId: id, at: at('2025-12-04T09:00:00'), paidOn: '2025-12-04', amountSatang: 20_000, receipt: { fiscalYear: 2569, number: 1 } },
};

describe('leaflet permit: the request', () => {
  it('records a request typed in Thai digits and Buddhist Era dates, with the fee and the due day of the terms in force', () => {
    given(decider).when(requestCommand()).then([requestedEvent()]);
  });

  it('takes a juristic person by its registration number', () => {
    const juristic = { kind: 'JURISTIC', name: 'บริษัท ตัวอย่าง จำกัด', idNumber: '0105536000011', phone: '02-123-4567' };
    const [event] = decider.decide(requestCommand({ applicant: juristic }), decider.initialState());
    expect(event.type === 'LeafletPermitRequested' && event.data.applicant).toEqual({ ...juristic, phone: '021234567' });
    given(decider).when(requestCommand({ applicant: { ...juristic, idNumber: '0105536000012' } })).thenRejects('COMPANY_ID_CHECK_DIGIT', 'applicant.idNumber');
  });

  it('refuses a PAO, and an authority without a leaflet fee in force', () => {
    given(decider).when(requestCommand({
      authority: { code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', provinceCode: '20', districtCode: null },
    })).thenRejects('LEAFLET_PAO_NOT_ISSUER', 'authorityCode');
    given(decider).when(requestCommand({ terms: null, dueOn: null })).thenRejects('LEAFLET_NO_TERMS_IN_FORCE', 'authorityCode');
  });

  it('refuses every bad field at once, each with its field', () => {
    given(decider).when(requestCommand({
      applicant: { kind: 'PERSON', name: ' ', idNumber: '1101700234567', phone: '12' },
      advertisement: 'x'.repeat(1001),
      places: [{ subdistrictCode: '200101' }, { lat: '13.7', lon: '120.5' }, { lat: '13.7', subdistrictCode: '200404' }, { lat: 'north', lon: '100' }],
      from: '2025-12-20', to: '2025-12-19', leaflets: '0',
    })).thenRejectsAll([
      ['TEXT_REQUIRED', 'applicant.name'], ['CITIZEN_ID_CHECK_DIGIT', 'applicant.idNumber'], ['PHONE_MALFORMED', 'applicant.phone'],
      ['TEXT_TOO_LONG', 'advertisement'],
      ['LEAFLET_PLACE_OUTSIDE_AUTHORITY', 'places[0].subdistrictCode'], ['LEAFLET_PLACE_OUTSIDE_THAILAND', 'places[1].lon'],
      ['LEAFLET_PLACE_KIND', 'places[2]'], ['LEAFLET_PLACE_COORDINATE', 'places[3].lat'],
      ['LEAFLET_PERIOD_ENDS_BEFORE_START', 'to'], ['LEAFLET_COUNT_INVALID', 'leaflets'],
    ]);
  });

  it('refuses a period starting before the request day, longer than 366 days, no place or more than 20, too many leaflets', () => {
    given(decider).when(requestCommand({ from: '30/11/2568' })).thenRejects('LEAFLET_PERIOD_STARTS_BEFORE_REQUEST', 'from');
    given(decider).when(requestCommand({ from: '2025-12-01', to: '2026-12-02' })).thenRejects('LEAFLET_PERIOD_TOO_LONG', 'to');
    expect(decider.decide(requestCommand({ from: '2025-12-01', to: '2026-12-01' }), decider.initialState()).map((e) => e.type)).toEqual(['LeafletPermitRequested']);
    given(decider).when(requestCommand({ places: [] })).thenRejects('LEAFLET_PLACE_COUNT', 'places');
    given(decider).when(requestCommand({ places: Array(21).fill({ subdistrictCode: '200401' }) })).thenRejects('LEAFLET_PLACE_COUNT', 'places');
    given(decider).when(requestCommand({ leaflets: '1000001' })).thenRejects('LEAFLET_COUNT_INVALID', 'leaflets');
    given(decider).when(requestCommand({ places: [{ subdistrictCode: '๒๐๐๔๙๙' }, { subdistrictCode: '20040' }] })).thenRejectsAll([
      ['GEOGRAPHY_UNKNOWN_SUBDISTRICT', 'places[0].subdistrictCode'], ['GEOGRAPHY_MALFORMED_CODE', 'places[1].subdistrictCode'],
    ]);
    given(decider).when(requestCommand({ from: '31/02/2568' })).thenRejects('DATE_MALFORMED', 'from');
  });

  it('refuses a second request on the same stream', () => {
    given(decider, [requestedEvent()]).when(requestCommand()).thenRejects('LEAFLET_PERMIT_ALREADY_REQUESTED');
  });
});

describe('leaflet permit: check, decision, fee and issue', () => {
  it('goes requested → checked → approved with conditions → paid (exact fee, Thai digits) → issued with its number and conditions', () => {
    given(decider, [requestedEvent()]).when({ type: 'CheckLeafletPermit', at: at('2025-12-02T09:00:00'), note: '  ' }).then([checked]);
    given(decider, [requestedEvent(), checked])
      .when({ type: 'ApproveLeafletPermit', at: at('2025-12-03T09:00:00'), conditions: ['ห้ามปิดบนเสาไฟฟ้า', ' '] }).then([approved]);
    given(decider, [requestedEvent(), checked, approved]).when({
      type: 'RecordLeafletFeePaid', at: at('2025-12-04T09:00:00'), amount: '๒๐๐.๐๐', paidOn: '๔/๑๒/๒๕๖๘', receipt: { fiscalYear: 2569, number: 1 },
    }).then([paid]);
    given(decider, [requestedEvent(), checked, approved, paid])
      .when({ type: 'IssueLeafletPermit', at: at('2025-12-05T09:00:00'), permitNumber: { fiscalYear: 2569, number: 7 } }).then([{
        type: 'LeafletPermitIssued',
        data: { permitId: id, at: at('2025-12-05T09:00:00'), issuedOn: '2025-12-05', permitNumber: { fiscalYear: 2569, number: 7 }, conditions: ['ห้ามปิดบนเสาไฟฟ้า'] },
      }]);
  });

  it('refuses a decision before the check, a decision on a decided request, and a refusal without reasons', () => {
    const approve = { type: 'ApproveLeafletPermit' as const, at: at('2025-12-03T09:00:00'), conditions: [] };
    given(decider, [requestedEvent()]).when(approve).thenRejects('LEAFLET_NOT_CHECKED');
    given(decider, [requestedEvent(), checked, approved]).when(approve).thenRejects('LEAFLET_ALREADY_DECIDED');
    given(decider, [requestedEvent(), checked, approved]).when({ type: 'RefuseLeafletPermit', at: approve.at, reasons: ['ซ้ำ'] })
      .thenRejects('LEAFLET_ALREADY_DECIDED');
    given(decider, [requestedEvent(), checked]).when({ type: 'RefuseLeafletPermit', at: approve.at, reasons: [' '] })
      .thenRejects('LEAFLET_LIST_COUNT', 'reasons');
    given(decider, [requestedEvent(), checked]).when({ type: 'CheckLeafletPermit', at: approve.at }).thenRejects('LEAFLET_NOT_AWAITING_CHECK');
    given(decider, [requestedEvent(), checked, approved]).when({ type: 'CheckLeafletPermit', at: approve.at }).thenRejects('LEAFLET_ALREADY_DECIDED');
    given(decider, [requestedEvent(), checked]).when({ ...approve, conditions: Array(21).fill('ข้อ') }).thenRejects('LEAFLET_LIST_COUNT', 'conditions');
  });

  it('records a refusal with its reasons, after which no fee is taken and no permit issued', () => {
    const refused: LeafletPermitEvent = {
      type: 'LeafletPermitRefused', data: { permitId: id, at: at('2025-12-03T09:00:00'), decidedOn: '2025-12-03', reasons: ['ข้อความไม่เหมาะสม'] },
    };
    given(decider, [requestedEvent(), checked]).when({ type: 'RefuseLeafletPermit', at: at('2025-12-03T09:00:00'), reasons: ['ข้อความไม่เหมาะสม'] })
      .then([refused]);
    given(decider, [requestedEvent(), checked, refused])
      .when({ type: 'RecordLeafletFeePaid', at: at('2025-12-04T09:00:00'), amount: '200', paidOn: '2025-12-04', receipt: { fiscalYear: 2569, number: 1 } })
      .thenRejects('LEAFLET_REFUSED');
    given(decider, [requestedEvent(), checked, refused])
      .when({ type: 'IssueLeafletPermit', at: at('2025-12-05T09:00:00'), permitNumber: { fiscalYear: 2569, number: 1 } }).thenRejects('LEAFLET_REFUSED');
  });

  it('refuses a wrong amount, a payment dated before the approval or after today, a second payment, and an issue before payment', () => {
    const pay = { type: 'RecordLeafletFeePaid' as const, at: at('2025-12-04T09:00:00'), amount: '200', paidOn: '2025-12-04', receipt: { fiscalYear: 2569, number: 1 } };
    given(decider, [requestedEvent(), checked, approved]).when({ ...pay, amount: '199.99', paidOn: '2025-12-02' }).thenRejectsAll([
      ['LEAFLET_FEE_AMOUNT_MISMATCH', 'amount'], ['LEAFLET_PAID_BEFORE_APPROVAL', 'paidOn'],
    ]);
    given(decider, [requestedEvent(), checked, approved]).when({ ...pay, paidOn: '2025-12-05' }).thenRejects('LEAFLET_PAID_IN_FUTURE', 'paidOn');
    given(decider, [requestedEvent(), checked, approved]).when({ ...pay, amount: '2,000,000' }).thenRejects('AMOUNT_TOO_LARGE', 'amount');
    given(decider, [requestedEvent(), checked, approved, paid]).when(pay).thenRejects('LEAFLET_FEE_ALREADY_PAID');
    given(decider, [requestedEvent()]).when(pay).thenRejects('LEAFLET_NOT_APPROVED');
    given(decider, [requestedEvent(), checked, approved])
      .when({ type: 'IssueLeafletPermit', at: at('2025-12-05T09:00:00'), permitNumber: { fiscalYear: 2569, number: 1 } }).thenRejects('LEAFLET_FEE_NOT_PAID');
  });

  it('issues a permit without a payment where the ordinance charges no fee', () => {
    const free: LeafletPermitEvent = { type: 'LeafletPermitRequested', data: { ...(requestedEvent().data as Extract<LeafletPermitEvent, { type: 'LeafletPermitRequested' }>['data']), feeSatang: 0 } };
    const [issued] = decider.decide({ type: 'IssueLeafletPermit', at: at('2025-12-03T10:00:00'), permitNumber: { fiscalYear: 2569, number: 1 } },
      [free, checked, approved].reduce(decider.evolve, decider.initialState()));
    expect(issued).toMatchObject({ type: 'LeafletPermitIssued', data: { issuedOn: '2025-12-03', conditions: ['ห้ามปิดบนเสาไฟฟ้า'] } });
  });

  it('refuses any step on a request that does not exist', () => {
    given(decider).when({ type: 'CheckLeafletPermit', at: at('2025-12-02T09:00:00') }).thenRejects('LEAFLET_PERMIT_NOT_FOUND');
  });
});

describe('the day a decision is due', () => {
  const holidays = new Set(SHIPPED_HOLIDAYS.map((h) => h.date));

  it('counts working days after the request day, passing over weekends and the holiday table', () => {
    // Friday 5 December 2025 is a holiday (the late King's birthday): five working days from Monday 1 December end on Tuesday 9.
    expect(decisionDueOn('2025-12-01', 5, holidays)).toBe('2025-12-09');
    expect(decisionDueOn('2025-12-01', 5, new Set())).toBe('2025-12-08');
    // 31 December to 2 January are holidays: fifteen working days from Monday 29 December end on Thursday 22 January.
    expect(decisionDueOn('2025-12-29', 15, holidays)).toBe('2026-01-22');
    // A request made on a Saturday: the first working day counted is the Monday.
    expect(decisionDueOn('2025-12-06', 1, holidays)).toBe('2025-12-08');
  });
});
