import type { ComplaintReceivedData } from '../cases/complaint/complaint.events.js';

type Office = ComplaintReceivedData['owningOffice'];

/**
 * The area of the office holding a complaint (the receiving office, then the office it was last forwarded to),
 * as the complaint projections attribute it: a district office its district and province, a province office its
 * province, the central centre neither. A district code starts with its province's.
 */
export function holderArea(office: Office): { district: string | null; province: string | null } {
  return {
    district: office.level === 'DISTRICT' ? office.code : null,
    province: office.level === 'CENTRAL' ? null : office.code.slice(0, 2),
  };
}
