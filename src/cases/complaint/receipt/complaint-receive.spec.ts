import { describe, it } from '@jest/globals';
import { given } from '../../../../test/support/decider-spec.js';
import type { ReceiveComplaint } from '../complaint.commands.js';
import { complaintDecider } from '../complaint.decider.js';
import type { ComplaintEvent, ComplaintReceivedData } from '../complaint.events.js';
import { checkSymbol } from './tracking-code.js';

const TRACKING = `7K3MQ9XR2D${checkSymbol('7K3MQ9XR2D')}`;
const AT = '2024-06-03T09:15:00+07:00';

/** A complaint taken at the Mueang Ratchaburi district office, typed partly in Thai digits. */
const receive = (patch: Partial<ReceiveComplaint> = {}): ReceiveComplaint => ({
  type: 'ReceiveComplaint',
  at: AT,
  actingOffice: { level: 'DISTRICT', code: '๗๐๐๑' },
  complaintId: 'c-1',
  trackingCode: `${TRACKING.slice(0, 4).toLowerCase()}-${TRACKING.slice(4)}`,
  channel: 'WALK_IN',
  complainant: {
    anonymous: false, citizenId: '๑-๑๐๑๗-๐๐๒๐๗-๐๓-๐', title: 'นาง', firstName: ' สมหญิง ', lastName: 'ใจดี',
    phone: '๐๘๑-๒๓๔-๕๖๗๘', address: { line: '๑๒/๓ หมู่ ๔', subdistrictCode: '700102', districtCode: '7001' },
  },
  subject: 'ถูกเจ้าหนี้นอกระบบทวงหนี้ข่มขู่',
  description: 'เจ้าหนี้มาข่มขู่ที่บ้านทุกสัปดาห์',
  category: { main: 'REQUEST_FAIRNESS', sub: 'DEBT_COLLECTION' },
  location: { subdistrictCode: '๗๐๐๑๐๑', districtCode: '7001', point: { lat: 13.5367, lng: 99.8171 } },
  accused: { kind: 'PERSON', name: 'นายสมชาย เงินด่วน' },
  candidates: [],
  ...patch,
});

const received = (patch: Partial<ComplaintReceivedData> = {}): ComplaintEvent => ({
  type: 'ComplaintReceived',
  data: {
    complaintId: 'c-1',
    at: '2024-06-03T02:15:00.000Z',
    by: { level: 'DISTRICT', code: '7001' },
    trackingCode: TRACKING,
    channel: 'WALK_IN',
    receivedAt: '2024-06-03T02:15:00.000Z',
    owningOffice: { level: 'DISTRICT', code: '7001' },
    complainant: {
      anonymous: false, citizenId: '1101700207030', title: 'นาง', firstName: 'สมหญิง', lastName: 'ใจดี',
      phone: '0812345678',
      address: { line: '12/3 หมู่ 4', subdistrictCode: '700102', districtCode: '7001', provinceCode: '70' },
    },
    subject: 'ถูกเจ้าหนี้นอกระบบทวงหนี้ข่มขู่',
    description: 'เจ้าหนี้มาข่มขู่ที่บ้านทุกสัปดาห์',
    category: { mainCode: 'REQUEST_FAIRNESS', subCode: 'DEBT_COLLECTION', otherText: null },
    location: { subdistrictCode: '700101', districtCode: '7001', provinceCode: '70', point: { lat: 13.5367, lng: 99.8171 } },
    accused: { kind: 'PERSON', name: 'นายสมชาย เงินด่วน', position: null, agency: null },
    possibleDuplicates: [],
    ...patch,
  },
});

describe('ReceiveComplaint', () => {
  it('records the complaint with Thai digits stored as Arabic digits and the tracking code canonical', () => {
    given(complaintDecider).when(receive()).then([received()]);
  });

  it('takes an anonymous complaint without an accused party', () => {
    given(complaintDecider)
      .when(receive({ complainant: { anonymous: true }, accused: null, channel: 'HOTLINE_1567' }))
      .then([received({ complainant: { anonymous: true }, accused: null, channel: 'HOTLINE_1567' })]);
  });

  it('keeps the date of a complaint taken on paper earlier, as the start of that day in Bangkok', () => {
    given(complaintDecider)
      .when(receive({ channel: 'LETTER', receivedAt: '๒๐/๕/๒๕๖๗' }))
      .then([received({ channel: 'LETTER', receivedAt: '2024-05-19T17:00:00.000Z' })]);
  });

  it('keeps a complaint received on 1 October 2019, the first day the complaint system took in', () => {
    given(complaintDecider)
      .when(receive({ channel: 'LETTER', receivedAt: '๑/๑๐/๒๕๖๒' }))
      .then([received({ channel: 'LETTER', receivedAt: '2019-09-30T17:00:00.000Z' })]);
  });

  it('files a complaint under OTHER with the sub category written in', () => {
    given(complaintDecider)
      .when(receive({ category: { main: 'OTHER', otherText: ' ขอให้ย้ายเสาไฟฟ้า ' } }))
      .then([received({ category: { mainCode: 'OTHER', subCode: null, otherText: 'ขอให้ย้ายเสาไฟฟ้า' } })]);
  });

  it('lists open complaints of the same complainant as possible duplicates', () => {
    const here = { level: 'DISTRICT' as const, code: '7001' };
    const candidates = [
      { complaintId: 'c-0', complainantCitizenId: '1101700207030', subject: 'อื่น', receivedAt: '2024-05-01T00:00:00Z', status: 'ASSIGNED' as const, heldBy: here },
      { complaintId: 'c-9', complainantCitizenId: '3100500123459', subject: 'อื่น', receivedAt: '2024-05-01T00:00:00Z', status: 'ASSIGNED' as const, heldBy: here },
    ];
    given(complaintDecider)
      .when(receive({ candidates }))
      .then([received({ possibleDuplicates: [{ complaintId: 'c-0', reason: 'SAME_COMPLAINANT' }] })]);
  });

  it('keeps of a possible duplicate held outside the receiving district only its holder, day and reason', () => {
    const candidates = [{
      complaintId: 'c-chiang-mai', complainantCitizenId: '1101700207030', accusedKey: 'สมชายเงินด่วน', subject: 'ถูกเจ้าหนี้นอกระบบทวงหนี้ข่มขู่',
      receivedAt: '2024-05-01T18:00:00Z', status: 'IN_PROGRESS' as const, heldBy: { level: 'DISTRICT' as const, code: '5001' },
    }];
    given(complaintDecider)
      .when(receive({ candidates }))
      .then([received({ possibleDuplicates: [{ heldBy: { level: 'DISTRICT', code: '5001' }, since: '2024-05-02', reason: 'SAME_COMPLAINANT' }] })]);
  });

  it('refuses a second receipt on the same stream', () => {
    given(complaintDecider, [received()]).when(receive()).thenRejects('COMPLAINT_ALREADY_RECEIVED', 'complaintId');
  });

  it('answers every refused field of a complaint at once, in the order of the form', () => {
    const complainant = { ...receive().complainant, citizenId: '1101700207031', phone: '081-2345' };
    given(complaintDecider).when(receive({
      receivedAt: '30/2/2567', complainant, subject: ' ', category: { main: 'STATE_OFFICIAL', sub: 'OFFICIAL_NEGLECT' }, accused: null,
      location: { subdistrictCode: '709999', districtCode: '7001', point: { lat: 16.8, lng: 96.15 } },
    })).thenRejectsAll([
      ['DATE_MALFORMED', 'receivedAt'],
      ['CITIZEN_ID_CHECK_DIGIT', 'complainant.citizenId'],
      ['PHONE_MALFORMED', 'complainant.phone'],
      ['TEXT_REQUIRED', 'subject'],
      ['GEOGRAPHY_UNKNOWN_SUBDISTRICT', 'location.subdistrictCode'],
      ['COMPLAINT_LOCATION_OUTSIDE_THAILAND', 'location.point'],
      ['COMPLAINT_ACCUSED_REQUIRED', 'accused'],
    ]);
  });

  const c = receive().complainant;
  it.each<[string, Partial<ReceiveComplaint>, string, string]>([
    ['a received date in the future', { receivedAt: '2024-06-04' }, 'COMPLAINT_RECEIVED_IN_FUTURE', 'receivedAt'],
    ['an impossible received date', { receivedAt: '30/2/2567' }, 'DATE_MALFORMED', 'receivedAt'],
    ['a received date of 1900', { receivedAt: '1/1/1900' }, 'DATE_OUT_OF_RANGE', 'receivedAt'],
    ['a received day before the complaint system took complaints in', { receivedAt: '30/9/2562' }, 'DATE_OUT_OF_RANGE', 'receivedAt'],
    ['a received instant before it', { receivedAt: '2019-09-30T23:59:00+07:00' }, 'DATE_OUT_OF_RANGE', 'receivedAt'],
    ['a server time without a zone', { at: '2024-06-03T09:15:00' }, 'INSTANT_MALFORMED', 'at'],
    ['an unknown channel', { channel: 'FAX' as never }, 'CHOICE_UNKNOWN', 'channel'],
    ['a tracking code with a typo', { trackingCode: `${TRACKING.slice(0, 10)}${TRACKING[10] === 'A' ? 'B' : 'A'}` }, 'TRACKING_CODE_CHECK_SYMBOL', 'trackingCode'],
    ['an unknown receiving district', { actingOffice: { level: 'DISTRICT', code: '7099' } }, 'GEOGRAPHY_UNKNOWN_DISTRICT', 'actingOffice.code'],
    ['an unknown office level', { actingOffice: { level: 'REGION' as never, code: '1' } }, 'CHOICE_UNKNOWN', 'actingOffice.level'],
    ['an unknown main category', { category: { main: 'WISH', sub: 'X' } }, 'COMPLAINT_CATEGORY_UNKNOWN', 'category.main'],
    ['a sub category of another main category', { category: { main: 'TIP_OFF', sub: 'DEBT_COLLECTION' } }, 'COMPLAINT_SUBCATEGORY_UNKNOWN', 'category.sub'],
    ['a missing sub category', { category: { main: 'TIP_OFF' } }, 'TEXT_REQUIRED', 'category.sub'],
    ['OTHER without the written-in sub category', { category: { main: 'OTHER', otherText: ' ' } }, 'TEXT_REQUIRED', 'category.otherText'],
    ['OTHER with a sub category code', { category: { main: 'OTHER', sub: 'DISASTER', otherText: 'x' } }, 'COMPLAINT_SUBCATEGORY_UNKNOWN', 'category.sub'],
    ['written-in text under a listed category', { category: { main: 'TIP_OFF', sub: 'TIP_DRUGS', otherText: 'x' } }, 'COMPLAINT_SUBCATEGORY_TEXT_NOT_ALLOWED', 'category.otherText'],
    ['a map point outside Thailand (Yangon)', { location: { subdistrictCode: '700101', districtCode: '7001', point: { lat: 16.8, lng: 96.15 } } }, 'COMPLAINT_LOCATION_OUTSIDE_THAILAND', 'location.point'],
    ['a map point without a longitude', { location: { subdistrictCode: '700101', districtCode: '7001', point: { lat: 13.5, lng: NaN } } }, 'COMPLAINT_FIELD_REQUIRED', 'location.point.lng'],
    ['a subdistrict of another district', { location: { subdistrictCode: '700201', districtCode: '7001' } }, 'COMPLAINT_SUBDISTRICT_NOT_IN_DISTRICT', 'location.subdistrictCode'],
    ['an unknown subdistrict', { location: { subdistrictCode: '709999', districtCode: '7001' } }, 'GEOGRAPHY_UNKNOWN_SUBDISTRICT', 'location.subdistrictCode'],
    ['a malformed subdistrict code', { location: { subdistrictCode: '7001', districtCode: '7001' } }, 'GEOGRAPHY_MALFORMED_CODE', 'location.subdistrictCode'],
    ['an address subdistrict of another district', { complainant: { ...c, address: { line: '1', subdistrictCode: '100101', districtCode: '7001' } } }, 'COMPLAINT_SUBDISTRICT_NOT_IN_DISTRICT', 'complainant.address.subdistrictCode'],
    ['a citizen id with a wrong check digit', { complainant: { ...c, citizenId: '1101700207031' } }, 'CITIZEN_ID_CHECK_DIGIT', 'complainant.citizenId'],
    ['a phone number of 7 digits', { complainant: { ...c, phone: '081-2345' } }, 'PHONE_MALFORMED', 'complainant.phone'],
    ['a named complainant without a first name', { complainant: { ...c, firstName: '  ' } }, 'TEXT_REQUIRED', 'complainant.firstName'],
    ['an anonymous complainant with a phone number', { complainant: { anonymous: true, phone: '0812345678' } }, 'COMPLAINT_ANONYMOUS_WITH_IDENTITY', 'complainant.phone'],
    ['no complainant at all', { complainant: undefined as never }, 'COMPLAINT_FIELD_REQUIRED', 'complainant'],
    ['a blank subject', { subject: ' \n ' }, 'TEXT_REQUIRED', 'subject'],
    ['a subject over 300 characters', { subject: 'ก'.repeat(301) }, 'TEXT_TOO_LONG', 'subject'],
    ['a blank description', { description: '' }, 'TEXT_REQUIRED', 'description'],
    ['a complaint about a state official that names nobody', { category: { main: 'STATE_OFFICIAL', sub: 'OFFICIAL_NEGLECT' }, accused: null }, 'COMPLAINT_ACCUSED_REQUIRED', 'accused'],
    ['an accused party of unknown kind', { accused: { kind: 'ALIEN' as never, name: 'x' } }, 'CHOICE_UNKNOWN', 'accused.kind'],
    ['an accused party without a name', { accused: { kind: 'ORGANISATION', name: '' } }, 'TEXT_REQUIRED', 'accused.name'],
  ])('refuses %s', (_, patch, code, field) => {
    given(complaintDecider).when(receive(patch)).thenRejects(code, field);
  });
});
