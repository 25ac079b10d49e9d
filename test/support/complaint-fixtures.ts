/** GraphQL documents and inputs shared by the complaint suites. */

/** A valid citizen id from 12 digits: the 13th is the check digit. */
export function citizenId(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return first12 + String((11 - (sum % 11)) % 10);
}

export const district = (code: string) => ({ level: 'DISTRICT', code });
export const province = (code: string) => ({ level: 'PROVINCE', code });

export const CHANGE = 'version alreadyHandled complaint { complaintId trackingCode receivedAt status owningOffice { level code } assignee { kind subdistrictCode name } resolution closedReason duplicateOf }';

/** Received by the sending account's office. */
export const RECEIVE = `mutation ($input: ReceiveComplaintInput!) {
  receiveComplaint(input: $input) {
    ${CHANGE} possibleDuplicates { complaintId reason } } }`;

export interface ReceiveOptions {
  citizenId?: string;
  firstName?: string;
  subject?: string;
  accused?: string | null;
  /** A subdistrict code; its district is its first four digits. */
  subdistrict?: string;
  receivedAt?: string;
}

export function receiveInput(options: ReceiveOptions = {}) {
  const subdistrict = options.subdistrict ?? '700101';
  const districtCode = subdistrict.slice(0, 4);
  return {
    channel: 'WALK_IN',
    receivedAt: options.receivedAt ?? null,
    complainant: {
      anonymous: false, citizenId: options.citizenId ?? citizenId('110170020703'), title: 'นาง',
      firstName: options.firstName ?? 'สมหญิง', lastName: 'ใจดีมาก', phone: '081-234-5678',
      address: { line: '๑๒/๓ หมู่ ๔ ถนนเพชรเกษม', subdistrictCode: subdistrict, districtCode },
    },
    subject: options.subject ?? 'ถนนในหมู่บ้านชำรุดเป็นหลุมบ่อ',
    description: 'ถนนชำรุดมานานกว่าหกเดือน\nรถจักรยานยนต์ล้มหลายครั้ง',
    category: { main: 'REQUEST_HELP', sub: 'PUBLIC_UTILITIES' },
    location: { subdistrictCode: subdistrict, districtCode, point: { lat: 13.53, lng: 99.81 } },
    accused: options.accused === null ? null : { kind: 'STATE_AGENCY', name: options.accused ?? 'องค์การบริหารส่วนตำบลหน้าเมือง' },
  };
}
