import { bookNumberText } from '../receipts/local-numbers.js';
import { formatSatang } from '../../shared/money.js';
import type { LeafletPermit } from './leaflet-permit-state.js';
import type { LeafletPermitObject } from './leaflet-permit.types.js';

/** Where an issued permit's PDF is served (leaflet-permit-pdf.controller.ts). */
export const permitPdfPath = (permitId: string) => `/leaflet-permits/${permitId}.pdf`;

/** A permit as its stream leaves it, as the API answers it; `today` (Asia/Bangkok) decides whether it is overdue. */
export function toPermitObject(permit: LeafletPermit, version: number, today: string): LeafletPermitObject {
  const r = permit.request;
  return {
    permitId: r.permitId, status: permit.status, channel: r.channel, authorityCode: r.authority.code, authorityNameTh: r.authority.nameTh,
    applicantKind: r.applicant.kind, applicantName: r.applicant.name, applicantIdNumber: r.applicant.idNumber, applicantPhone: r.applicant.phone,
    advertisement: r.advertisement, from: r.from, to: r.to, leaflets: r.leaflets, fee: formatSatang(BigInt(r.feeSatang)),
    requestedAt: new Date(r.at), requestedOn: r.requestedOn, dueOn: r.dueOn, termsEffectiveFrom: r.termsEffectiveFrom, decisionDays: r.decisionDays,
    overdue: (permit.status === 'REQUESTED' || permit.status === 'CHECKED') && r.dueOn < today,
    places: r.places.map((p) => (p.kind === 'POINT'
      ? { kind: p.kind, lat: p.lat, lon: p.lon, subdistrictCode: null, subdistrictNameTh: null, description: p.description }
      : { kind: p.kind, lat: null, lon: null, subdistrictCode: p.code, subdistrictNameTh: p.nameTh, description: p.description })),
    checkNote: permit.checkNote, conditions: permit.conditions, reasons: permit.reasons, decidedOn: permit.decidedOn,
    paidOn: permit.payment?.paidOn ?? null, receiptNumber: permit.payment ? bookNumberText(permit.payment.receipt) : null,
    issuedOn: permit.issue?.issuedOn ?? null, permitNumber: permit.issue ? bookNumberText(permit.issue.permitNumber) : null,
    pdfPath: permit.issue ? permitPdfPath(r.permitId) : null, version,
  };
}
