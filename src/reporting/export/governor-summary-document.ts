import { createHash } from 'node:crypto';
import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import type { OfficeSignatories } from '../../identity/reporters/reporters.signatories.js';
import { districtTitle } from '../report-figures.js';
import type { GovernorSummarySent } from '../governor-summary/governor-summary.events.js';
import type { GovernorSummaryView, RatedFigures } from '../governor-summary/governor-summary.view.js';
import { buddhistEraIso } from './daily-document.js';
import type { CertificationBlock, ReportColumn, ReportDocument, ReportRow, ReportTable } from './report-document.js';
import { verificationCode } from './verification-code.js';

const FIGURE_COLUMNS: [keyof RatedFigures, string][] = [
  ['receivedInMonth', 'รับเรื่อง\nในเดือน'], ['received', 'รับเรื่องสะสม\nปีงบประมาณ'], ['inProgress', 'อยู่ระหว่าง\nดำเนินการ'],
  ['resolved', 'แก้ไขแล้ว\nรอยุติ'], ['closed', 'ยุติ\nเรื่อง'], ['solved', 'แก้ไข\nได้'], ['setAside', 'ยุติโดยไม่\nต้องแก้ไข'],
  ['carriedOver', 'ยกไป\nเดือนถัดไป'],
];

const columns = (labels: string[]): ReportColumn[] => [
  ...labels.map((title) => ({ title, kind: 'text' as const })),
  ...FIGURE_COLUMNS.map(([, title]) => ({ title, kind: 'count' as const })),
  { title: 'ร้อยละที่\nแก้ไขได้', kind: 'text' },
];
const cells = (f: RatedFigures) => [
  ...FIGURE_COLUMNS.map(([key]) => (f[key] === null ? '' : Number(f[key]))),
  f.resolutionRatePercent === null ? '-' : f.resolutionRatePercent.toFixed(2),
];

/** The block the summary is certified in: the district's sending (who, when, on time or late), or the districts' for a province. */
export function summaryBlock(view: GovernorSummaryView, people: OfficeSignatories, sendings: { districtCode: string; sent: GovernorSummarySent | null }[]): CertificationBlock {
  const due = `กำหนดส่ง ภายในวันที่ ${view.dueOnTh}`;
  const line = (s: GovernorSummarySent | null, name: string) => (s
    ? `${name} รับรองและส่งแล้ว โดย ${s.sentBy.nameTh} ${s.sentBy.positionTh} เมื่อ ${formatThaiDateTime(new Date(s.at))} (${s.late ? 'ส่งล่าช้า' : 'ส่งตามกำหนด'})`
    : `${name} ยังไม่ได้รับรองและส่ง`);
  const sent = sendings.find((s) => s.districtCode === view.districtCode)?.sent ?? null;
  const stored = sent ? { reporters: sent.reporters, chief: sent.chief } : people;
  const signatures = [0, 1].map((i) => {
    const r = stored.reporters[i];
    return {
      role: 'ผู้รายงาน', name: r?.nameTh ?? null, position: r?.positionTh ?? 'ผู้รับผิดชอบการรายงาน', phone: r?.phone ?? null,
      signed: r && sent?.sentBy.accountId === r.accountId ? `รับรองและส่งในระบบเมื่อ ${formatThaiDateTime(new Date(sent.at))}` : null,
    };
  });
  if (view.districtCode) {
    return { title: 'การรับรองและส่งสรุปผล', lines: [due, line(sent, districtTitle(view.districtCode))], table: null, signatures };
  }
  const table: ReportTable = {
    title: 'การส่งสรุปผลของอำเภอ/เขต', sheet: 'การส่ง',
    columns: ['อำเภอ/เขต', 'ผู้รับรองและส่ง', 'ตำแหน่ง', 'เมื่อ', 'ตามกำหนด'].map((title) => ({ title, kind: 'text' as const })),
    rows: sendings.map(({ districtCode, sent: s }) => ({
      cells: s ? [districtTitle(districtCode), s.sentBy.nameTh, s.sentBy.positionTh, formatThaiDateTime(new Date(s.at)), s.late ? 'ล่าช้า' : 'ตามกำหนด']
        : [districtTitle(districtCode), 'ยังไม่ส่ง', '', '', ''],
      codes: { province: view.provinceCode, district: districtCode },
    })),
  };
  const done = sendings.filter((s) => s.sent).length;
  return { title: 'การรับรองและส่งสรุปผล', lines: [due, `อำเภอ/เขตส่งแล้ว ${done} จาก ${sendings.length} แห่ง`], table, signatures };
}

/**
 * สรุปผลการดำเนินงานของศูนย์ดำรงธรรมเสนอผู้ว่าราชการจังหวัด as a document: by office and by main category from the
 * frozen month end, with the corrections it lists; dated by the freeze, its code from the month end's SHA-256.
 */
export function governorSummaryDocument(view: GovernorSummaryView, now: Date, certification: CertificationBlock | null): ReportDocument {
  const codes = (code: string | null) => ({ province: view.provinceCode, ...(code ? { district: code } : {}) });
  const offices: ReportRow[] = [
    ...view.rows.map((r) => ({ cells: [r.nameTh, ...cells(r)], codes: codes(r.code) })),
    ...(view.rows.length > 1 ? [{ cells: [`รวม${view.scopeTh}`, ...cells(view.total)], total: true, sumOfRows: true, codes: codes(null) }] : []),
  ];
  const categories: ReportRow[] = [
    ...view.categories.map((c) => ({ cells: [c.nameTh, ...cells(c)] })),
    { cells: ['รวมทุกประเภท', ...cells(view.total)], total: true, sumOfRows: true },
  ];
  const corrections: ReportRow[] = view.corrections.map((c) => ({ cells: [c.correctedMonthTh, c.nameTh, c.categoryTh, ...cells(c)] }));
  const month = buddhistEraIso(view.month);
  const scope = view.districtCode ?? view.provinceCode;
  const code = view.monthEndSha256
    && verificationCode(createHash('sha256').update(`damrong:governor-summary:${view.month}:${scope}:${view.monthEndSha256}`).digest('hex'));
  return {
    office: view.officeTh,
    title: `สรุปผลการดำเนินงานของศูนย์ดำรงธรรม ${view.scopeTh} เสนอผู้ว่าราชการจังหวัด ประจำเดือน${view.monthTh}`,
    header: [
      `ข้อมูลสถิติเรื่องร้องเรียนร้องทุกข์ ณ วันสิ้นเดือน${view.monthTh} ปีงบประมาณ พ.ศ. ${view.fiscalYear}`,
      view.frozenAtTh ? `ปิดยอด ณ วันสิ้นเดือน เมื่อ ${view.frozenAtTh}` : 'ยังไม่ได้ปิดยอด ณ วันสิ้นเดือน (ฉบับชั่วคราว)',
      `กำหนดส่ง ภายในวันที่ ${formatThaiDate(view.dueOn)}`,
    ],
    fileName: { th: `สรุปผลศูนย์ดำรงธรรมเสนอผู้ว่าฯ-${month}-${view.scopeTh}`, ascii: `complaint-governor-summary-${month}-${scope}` },
    issuedAt: view.frozenAt ?? now,
    verificationCode: code || null,
    tables: [
      { title: `ผลการดำเนินงานรายหน่วยงาน ประจำเดือน${view.monthTh}`, sheet: 'รายหน่วยงาน', columns: columns(['หน่วยงาน']), rows: offices },
      { title: `ผลการดำเนินงานตามประเภทเรื่อง ประจำเดือน${view.monthTh}`, sheet: 'ตามประเภทเรื่อง', columns: columns(['ประเภทเรื่อง']), rows: categories },
      ...(corrections.length > 0 ? [{
        title: 'รายการปรับปรุง: เรื่องของเดือนก่อนที่บันทึกหลังปิดยอดเดือนนั้น', sheet: 'รายการปรับปรุง',
        columns: columns(['เดือนที่รับเรื่อง', 'หน่วยงาน', 'ประเภทเรื่อง']), rows: corrections,
      }] : []),
    ],
    notes: [
      'ข้อมูลจากระบบดำรง กรมการปกครอง กระทรวงมหาดไทย: สถิติ ณ วันสิ้นเดือนที่ปิดยอดแล้ว ไม่เปลี่ยนตามข้อมูลที่บันทึกภายหลัง',
      'รับเรื่องสะสมและสถานะ นับตั้งแต่ 1 ตุลาคม ตามสถานะ ณ วันสิ้นเดือน; ร้อยละที่แก้ไขได้ = แก้ไขได้ ÷ (รับเรื่องสะสม − ยุติโดยไม่ต้องแก้ไข) เป้าหมายร้อยละ 80',
      'เรื่องของเดือนก่อนที่บันทึกหลังปิดยอด แสดงในตารางรายการปรับปรุงของเดือนที่ปิดยอดถัดไป ไม่เพิ่มเข้าตัวเลขของเดือนที่ปิดยอดแล้ว',
    ],
    certification,
  };
}
