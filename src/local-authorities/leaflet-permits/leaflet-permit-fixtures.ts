import type { RequestLeafletPermit } from './leaflet-permit.commands.js';
import type { LeafletPermitEvent } from './leaflet-permit.events.js';

/** A request at the SAO of Pong (Bang Lamung, Chonburi) on Monday 1 December 2025, 10:00 Bangkok, as staff type it. */
export function requestCommand(overrides: Partial<RequestLeafletPermit> = {}): RequestLeafletPermit {
  return {
    type: 'RequestLeafletPermit', at: '2025-12-01T03:00:00.000Z', permitId: 'LP-0000-0000-0001',
    authority: { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004' },
    terms: { effectiveFrom: '2025-01-01', feeSatang: 20_000, decisionDays: 5 }, dueOn: '2025-12-09', channel: 'PAPER',
    applicant: { kind: 'PERSON', name: 'นายสมชาย ใจดี', idNumber: '๑๑๐๑๗๐๐๒๓๔๕๖๘', phone: '081-234-5678' },
    advertisement: 'ร้านก๋วยเตี๋ยวเปิดใหม่ ลดราคา ๒๐%',
    places: [{ subdistrictCode: '200404', description: 'หน้าตลาดโป่ง' }, { lat: '๑๒.๙๒๓๕', lon: '100.8825' }],
    from: '๑๕/๑๒/๒๕๖๘', to: '2568-12-31', leaflets: '๕,๐๐๐',
    ...overrides,
  };
}

/** The event that request records. */
export function requestedEvent(): LeafletPermitEvent {
  return {
    type: 'LeafletPermitRequested',
    data: {
      permitId: 'LP-0000-0000-0001', at: '2025-12-01T03:00:00.000Z', requestedOn: '2025-12-01',
      authority: { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004' },
      channel: 'PAPER',
      applicant: { kind: 'PERSON', name: 'นายสมชาย ใจดี', idNumber: '1101700234568', phone: '0812345678' },
      advertisement: 'ร้านก๋วยเตี๋ยวเปิดใหม่ ลดราคา ๒๐%',
      places: [
        { kind: 'SUBDISTRICT', code: '200404', nameTh: 'โป่ง', description: 'หน้าตลาดโป่ง' },
        { kind: 'POINT', lat: '12.9235', lon: '100.8825', description: null },
      ],
      from: '2025-12-15', to: '2025-12-31', leaflets: 5000, feeSatang: 20_000, termsEffectiveFrom: '2025-01-01', decisionDays: 5,
      dueOn: '2025-12-09',
    },
  };
}
