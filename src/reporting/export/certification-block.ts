import { formatThaiDateTime } from '../../calendar/thai-date-text.js';
import type { OfficeSignatories, Signatory } from '../../identity/reporters/reporters.signatories.js';
import { positionNameTh } from '../../identity/scope/staff-authority.js';
import { officeNameTh, type StaffOffice } from '../../identity/scope/staff-office.js';
import type { DailyCertification } from '../certification/daily-certification.decider.js';
import { districtTitle } from '../report-figures.js';
import type { CertificationBlock, ReportTable, SignatureBox } from './report-document.js';

const TITLE = 'การยืนยันและรับรองรายงาน';
const confirmed = (c: DailyCertification) => `ยืนยันรายงานในระบบเมื่อ ${formatThaiDateTime(new Date(c.certifiedAt))}`;

/** The form's boxes: the two reporters, then the chief; blank lines where the office has nobody named. */
function boxes(office: StaffOffice, people: OfficeSignatories, certification: DailyCertification | null): SignatureBox[] {
  const reporter = (s: Signatory | undefined): SignatureBox => ({
    role: 'ผู้รายงาน', name: s?.nameTh ?? null, position: s?.positionTh ?? 'ผู้รับผิดชอบการรายงาน', phone: s?.phone ?? null,
    signed: s && certification?.certifier.accountId === s.accountId ? confirmed(certification) : null,
  });
  const chief = people.chief;
  return [
    reporter(people.reporters[0]), reporter(people.reporters[1]),
    { role: 'ผู้รับรอง', name: chief?.nameTh ?? null, position: chief?.positionTh ?? positionNameTh('CHIEF', office), phone: chief?.phone ?? null, signed: null },
  ];
}

/**
 * The block of a district's own frozen report: once a responsible reporter confirmed it, as stored then (who, when, the
 * pair and the chief of that time); before, the office's people as they are now.
 */
export function districtBlock(office: StaffOffice, people: OfficeSignatories, certification: DailyCertification | null): CertificationBlock {
  const line = certification
    ? `${officeNameTh(office)} ยืนยันรายงานแล้ว โดย ${certification.certifier.nameTh} ${certification.certifier.positionTh} เมื่อ ${formatThaiDateTime(new Date(certification.certifiedAt))}`
    : `${officeNameTh(office)} ยังไม่ได้ยืนยันรายงานนี้`;
  const stored = certification && { reporters: certification.reporters, chief: certification.chief };
  return { title: TITLE, lines: [line], table: null, signatures: boxes(office, stored ?? people, certification) };
}

/** The office's people only: a monthly report, or a daily one not frozen yet. */
export function officeBlock(office: StaffOffice, people: OfficeSignatories, lines: string[] = []): CertificationBlock {
  return { title: TITLE, lines, table: null, signatures: boxes(office, people, null) };
}

/** The block of a frozen report of several districts: which of them confirmed (who, when), then the office's own people. */
export function provinceBlock(
  office: StaffOffice, people: OfficeSignatories, districts: { districtCode: string; certification: DailyCertification | null }[],
): CertificationBlock {
  const done = districts.filter((d) => d.certification).length;
  const table: ReportTable = {
    title: 'การยืนยันรายงานของอำเภอ/เขต', sheet: 'การยืนยัน',
    columns: ['อำเภอ/เขต', 'ผู้ยืนยันรายงาน', 'ตำแหน่ง', 'โทรศัพท์', 'เมื่อ'].map((title) => ({ title, kind: 'text' as const })),
    rows: districts.map(({ districtCode, certification: c }) => ({
      cells: c
        ? [districtTitle(districtCode), c.certifier.nameTh, c.certifier.positionTh, c.certifier.phone, formatThaiDateTime(new Date(c.certifiedAt))]
        : [districtTitle(districtCode), 'ยังไม่ยืนยัน', '', '', ''],
      codes: { province: office.code, district: districtCode },
    })),
  };
  return { ...officeBlock(office, people, [`อำเภอ/เขตยืนยันรายงานแล้ว ${done} จาก ${districts.length} แห่ง`]), table };
}
