import type { Label } from '../../audit/field-changes.js';
import type { LeafletPermitEventType } from './leaflet-permit.events.js';

/** The names of a leaflet permit's events in its history (the permit's page, the data subject's copy), in Thai and English. */
export const LEAFLET_EVENT_LABELS: Readonly<Record<LeafletPermitEventType, Label>> = {
  LeafletPermitRequested: { th: 'ยื่นคำขอ', en: 'Permit requested' },
  LeafletPermitChecked: { th: 'ตรวจสอบคำขอ', en: 'Request checked' },
  LeafletPermitApproved: { th: 'อนุญาต', en: 'Permit approved' },
  LeafletPermitRefused: { th: 'ไม่อนุญาต', en: 'Permit refused' },
  LeafletFeePaid: { th: 'ชำระค่าธรรมเนียม', en: 'Fee paid' },
  LeafletPermitIssued: { th: 'ออกใบอนุญาต', en: 'Permit issued' },
};
