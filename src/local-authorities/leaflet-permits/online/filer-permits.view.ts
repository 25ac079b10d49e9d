import type pg from 'pg';
import { requireDistrict, requireProvince } from '../../../geography/geography.js';
import { formatSatang } from '../../../shared/money.js';
import { bookNumberText } from '../../receipts/local-numbers.js';
import type { LeafletPermit } from '../leaflet-permit-state.js';
import { toPermitObject } from '../leaflet-permit.view.js';
import type { LeafletPermitRow } from '../permit-list/leaflet-permits.query.js';
import type { FilerLeafletPermitListItem, FilerLeafletPermitObject, LeafletPermitAuthorityObject } from './leaflet-online.types.js';

/** Where a filer downloads their issued permit's PDF with their filer session (filer-permit-pdf.controller.ts). */
export const filerPermitPdfPath = (permitId: string) => `/filer/leaflet-permits/${permitId}.pdf`;

/** A row of the permit list as the filer's list shows it. */
export const toFilerListItem = (row: LeafletPermitRow): FilerLeafletPermitListItem => ({
  permitId: row.permitId, status: row.status, channel: row.channel, authorityCode: row.authorityCode, authorityNameTh: row.authorityNameTh,
  advertisement: row.advertisement, from: row.from, to: row.to, leaflets: row.leaflets, fee: row.fee, requestedOn: row.requestedOn,
  dueOn: row.dueOn, decidedOn: row.decidedOn, receiptNumber: row.receiptNumber, permitNumber: row.permitNumber,
  pdfPath: row.status === 'ISSUED' ? filerPermitPdfPath(row.permitId) : null,
});

/** A permit as its stream leaves it, as its applicant reads it. */
export function toFilerPermit(permit: LeafletPermit, today: string): FilerLeafletPermitObject {
  const whole = toPermitObject(permit, 0, today);
  const r = permit.request;
  return {
    permitId: r.permitId, status: permit.status, channel: r.channel, authorityCode: r.authority.code, authorityNameTh: r.authority.nameTh,
    advertisement: r.advertisement, from: r.from, to: r.to, leaflets: r.leaflets, fee: formatSatang(BigInt(r.feeSatang)),
    requestedOn: r.requestedOn, dueOn: r.dueOn, decidedOn: permit.decidedOn, receiptNumber: whole.receiptNumber,
    permitNumber: permit.issue ? bookNumberText(permit.issue.permitNumber) : null, pdfPath: permit.issue ? filerPermitPdfPath(r.permitId) : null,
    applicantName: r.applicant.name, phone: r.applicant.phone, places: whole.places, conditions: permit.conditions, reasons: permit.reasons,
    paidOn: whole.paidOn, issuedOn: whole.issuedOn,
  };
}

/** At most this many authorities answer a search. */
const FOUND = 20;

/**
 * The municipalities, SAOs and Pattaya City whose Thai name holds the words typed (all of them, in any order), by
 * name: the authorities a filer may ask. Reference data, read with the owner's rights.
 */
export async function findPermitAuthorities(db: pg.Pool, search: string): Promise<LeafletPermitAuthorityObject[]> {
  const words = search.trim().split(/\s+/).filter(Boolean).slice(0, 5).map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const { rows } = await db.query<{ code: string; name_th: string; province_code: string; district_code: string }>(
    `SELECT code, name_th, province_code, district_code FROM local_authorities
     WHERE kind <> 'PAO' AND district_code IS NOT NULL AND name_th LIKE ALL ($1::text[]) ORDER BY name_th, code LIMIT ${FOUND}`, [words]);
  return rows.map((a) => ({
    code: a.code, nameTh: a.name_th, placeTh: `${requireDistrict(a.district_code).nameTh}, ${requireProvince(a.province_code).nameTh}`,
  }));
}
