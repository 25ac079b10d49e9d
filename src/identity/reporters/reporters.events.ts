import type { StaffOffice } from '../scope/staff-office.js';

/**
 * ผู้รับผิดชอบการรายงาน: each district and each province names exactly two (seed 001), one stream per office.
 * A new pair replaces the old one; until then the pair named last stays responsible.
 */
export type ReportersEvent = {
  type: 'ResponsibleReportersNamed';
  data: { office: StaffOffice; accountIds: [string, string]; namedBy: string; at: string };
};

/** `reporters-district-1001`, `reporters-province-10`. */
export const reportersStreamId = (office: StaffOffice) => `reporters-${office.kind.toLowerCase()}-${office.code}`;
