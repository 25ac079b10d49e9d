import { groupedBaht } from '../../shared/money.js';
import type { ReportDocument, ReportRow, ReportTable } from '../../reporting/export/report-document.js';
import { KIND_TH } from './authority-report.assemble.js';
import type { AuthorityReportView, ProvinceReportView } from './authority-report.view.js';

type Heading = Pick<AuthorityReportView, 'collection' | 'nonFilers' | 'permitsIssued' | 'periodTh' | 'asOfTh'>;
const SHORT: Record<string, string> = { HOTEL: 'ค่าธรรมเนียมโรงแรม', FUEL: 'ภาษีน้ำมัน', TOBACCO: 'ภาษียาสูบ', LEAFLET: 'ค่าใบอนุญาตแผ่นประกาศ' };
const money = (title: string) => ({ title, kind: 'money' as const });
const count = (title: string) => ({ title, kind: 'count' as const });
const text = (title: string) => ({ title, kind: 'text' as const });

/** The collection by month of payment, then by kind, each with its total. */
function collectionTables({ collection }: Heading): ReportTable[] {
  const kinds = collection.byKind;
  const months: ReportRow[] = [
    ...collection.months.map((m) => ({ cells: [m.monthTh, ...m.amounts.map((a) => a.amount), m.total] })),
    { cells: ['รวม', ...kinds.map((k) => k.amount), collection.total], total: true, sumOfRows: true },
  ];
  return [
    { title: 'รายได้ที่จัดเก็บได้ จำแนกตามเดือนที่ชำระ (บาท)', sheet: 'รายเดือน', columns: [text('เดือนที่ชำระ'), ...kinds.map((k) => money(SHORT[k.kind])), money('รวม')], rows: months },
    {
      title: 'รายได้ที่จัดเก็บได้ จำแนกตามประเภท', sheet: 'รายประเภท', columns: [text('ประเภท'), count('จำนวน\nรายการ'), money('จำนวนเงิน (บาท)')],
      rows: [...kinds.map((k) => ({ cells: [KIND_TH[k.kind], k.payments, k.amount] })),
        { cells: ['รวม', collection.payments, collection.total], total: true, sumOfRows: true }],
    },
  ];
}

const nonFilerTable = ({ nonFilers }: Heading): ReportTable => ({
  title: 'สถานประกอบการที่ไม่ยื่นแบบ (เดือนที่สิ้นสุดแล้ว)', sheet: 'ไม่ยื่นแบบ',
  columns: [text('เดือน'), count('เลขทะเบียน'), text('สถานประกอบการ'), text('ประเภท')],
  rows: nonFilers.map((n) => ({ cells: [n.periodTh, n.businessNo, n.businessName, SHORT[n.kind]] })),
});

const permitTable = ({ permitsIssued }: Heading): ReportTable => ({
  title: 'ใบอนุญาตโฆษณาด้วยแผ่นประกาศที่ออก', sheet: 'ใบอนุญาตที่ออก',
  columns: [text('เลขที่'), text('วันที่ออก'), text('อปท.'), text('ผู้ขออนุญาต'), money('ค่าธรรมเนียม (บาท)')],
  rows: permitsIssued.map((p) => ({ cells: [p.permitNumber, p.issuedOnTh, p.authorityNameTh, p.applicantName, p.fee] })),
});

function document(view: AuthorityReportView | ProvinceReportView, title: string, ascii: string, tables: ReportTable[], now: Date): ReportDocument {
  return {
    office: view.authorityNameTh,
    title: `${title} ${view.periodTh}`,
    header: [`ข้อมูล ณ วันที่ ${view.asOfTh} (เวลาประเทศไทย)`],
    fileName: { th: `${title}-${view.periodTh.replace(/ /g, '')}-${view.authorityNameTh}`, ascii: `${ascii}-${view.authorityCode}-${view.period}` },
    issuedAt: now, verificationCode: null, footerNote: `${title} ข้อมูล ณ วันที่ ${view.asOfTh}`, tables,
    notes: ['ข้อมูลจากระบบดำรง: รายได้นับตามวันที่ชำระจริง (ธนาคารหรือเคาน์เตอร์) เวลาประเทศไทย จำนวนเงินถึงหน่วยสตางค์'],
    certification: null,
  };
}

/** One authority's report as a file: its collection, a PAO's bills outstanding and non-filers, an issuer's permits. */
export function authorityReportDocument(view: AuthorityReportView, now: Date): ReportDocument {
  const outstanding: ReportTable = {
    title: `ใบแจ้งชำระค้างชำระ รวม ${groupedBaht(view.outstandingTotal)} บาท`, sheet: 'ค้างชำระ',
    columns: [count('เลขทะเบียน'), text('สถานประกอบการ'), text('ประเภท'), text('เดือน'), text('กำหนดชำระ'), count('เกินกำหนด\n(วัน)'),
      money('แจ้งชำระ'), money('ชำระแล้ว'), money('ค้างชำระ')],
    rows: view.outstanding.map((b) => ({ cells: [b.businessNo, b.businessName, SHORT[b.kind], b.periodTh, b.dueOnTh, b.daysOverdue, b.billed, b.paid, b.outstanding] })),
  };
  const tables = view.pao ? [...collectionTables(view), outstanding, nonFilerTable(view)] : [...collectionTables(view), permitTable(view)];
  return document(view, 'รายงานการจัดเก็บรายได้', 'local-revenue-report', tables, now);
}

/** A PAO's province-wide report as a file: its collection and non-filers, permits by authority and each permit. */
export function provinceReportDocument(view: ProvinceReportView, now: Date): ReportDocument {
  const byAuthority: ReportTable = {
    title: 'ใบอนุญาตที่ออก จำแนกตาม อปท. ในจังหวัด', sheet: 'ใบอนุญาตราย อปท.',
    columns: [text('อปท.'), count('จำนวนใบอนุญาต'), money('ค่าธรรมเนียม (บาท)')],
    rows: view.permitsByAuthority.map((a) => ({ cells: [a.authorityNameTh, a.issued, a.fees] })),
  };
  return document(view, 'รายงานภาพรวมจังหวัด', 'province-local-report', [...collectionTables(view), nonFilerTable(view), byAuthority, permitTable(view)], now);
}
