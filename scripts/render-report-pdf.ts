/**
 * Writes sample report PDFs for scripts/render-report-pdf.sh to turn into PNG pages: a frozen daily report of
 * Nakhon Ratchasima (32 districts: several pages, the heading repeated, totals kept with a district row) with
 * corrections and some districts' confirmations, whose header carries the hard cases น้ำ, ที่นี่ and text
 * starting with a Latin letter; and a monthly report revised after it was complete.
 * Usage: node --import @swc-node/register/esm-register scripts/render-report-pdf.ts <out-dir>
 */
import fs from 'node:fs';
import path from 'node:path';
import { districtsOf } from '../src/geography/geography.js';
import type { DailyCertification } from '../src/reporting/certification/daily-certification.decider.js';
import { totalsOf } from '../src/reporting/daily/daily-report.totals.js';
import { dailyReportView } from '../src/reporting/daily/daily-report.view.js';
import { districtBlock, provinceBlock } from '../src/reporting/export/certification-block.js';
import { dailyDocument } from '../src/reporting/export/daily-document.js';
import { monthlyDocument } from '../src/reporting/export/monthly-document.js';
import { toPdf } from '../src/reporting/export/pdf-export.js';
import { measuresFromJson, zeroMeasures } from '../src/reporting/ledger/report-measures.js';
import { monthlyReportView } from '../src/reporting/monthly/monthly-report.view.js';

const out = process.argv[2] ?? '.data/report-render';
fs.mkdirSync(out, { recursive: true });
const centre = { level: 'CENTRAL', office: { kind: 'CENTRAL', code: 'CENTRAL' } } as const;
const figures = (n: number) => measuresFromJson({
  regSelfQrThaid: 12 * n, regThaidApp: 3 * n, regCounter: 7 * n, regPaper: n, contacted: 9 * n, agreed: 4 * n, notAgreed: n,
  partyAbsent: 1, referred: 1, closed: 2 * n, debtBefore: String(125_000_050 * n), debtAfter: String(80_000_000 * n),
  reduction: String(45_000_050 * n), transfersIn: n % 3, transfersOut: 1,
  creditors: 30 * n, principal: String(150_000_000 * n), outstanding: String(187_500_150 * n), wishingMediation: 8 * n,
});
/** What a transfer moves with its case: one registration, contacted, and its debt. */
const moved = (n: number) => (n % 4 === 0 ? measuresFromJson({ regCounter: 1, contacted: 1, creditors: 2, principal: '5000000', outstanding: '6250050' }) : zeroMeasures());
const codes = districtsOf('30').map((d) => d.code);
const body = {
  format: 2 as const,
  day: '2025-03-07', cutOff: new Date('2025-03-07T08:00:00Z'), periodStart: new Date('2025-03-06T08:00:00Z'),
  position: { transactionId: 4711n, globalPosition: 90210n }, base: { day: '2025-03-06', cutOff: new Date('2025-03-06T08:00:00Z'), position: { transactionId: 4700n, globalPosition: 90000n } },
  districts: codes.map((districtCode, i) => ({
    districtCode, provinceCode: '30', period: figures(i + 1), movedIn: moved(i), movedOut: moved(i + 1), cumulative: figures(10 * (i + 1)),
  })),
  corrections: [
    { districtCode: codes[1], provinceCode: '30', periodDay: '2025-03-06', measures: figures(1), movedIn: moved(4), movedOut: zeroMeasures() },
    { districtCode: codes[5], provinceCode: '30', periodDay: '2025-03-05', measures: figures(2), movedIn: zeroMeasures(), movedOut: moved(8) },
  ],
};
const sha256 = 'a3f1c2d4e5b60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00';
const view = dailyReportView({ body, totals: totalsOf(body), provisional: false, frozenAt: new Date('2025-03-07T08:00:01Z'), missed: false, sha256 }, '30', centre);
const person = (n: number, positionTh: string) => ({ accountId: `a${n}`, nameTh: `นางสาวน้ำทิพย์ ที่นี่ดี${n}`, positionTh, phone: '0 4424 2061' });
const people = { reporters: [person(1, 'ปลัดอำเภอ'), person(2, 'เจ้าพนักงานปกครอง')], chief: { ...person(3, 'ผู้ว่าราชการจังหวัด'), nameTh: 'นายผู้ใหญ่ ปั้นฐาน' } };
const certified = (districtCode: string, minute: number): DailyCertification => ({
  day: '2025-03-07', districtCode, provinceCode: '30', certifiedAt: `2025-03-07T08:${String(minute).padStart(2, '0')}:00Z`, commandId: 'c',
  certifier: person(1, 'ปลัดอำเภอ'), reporters: people.reporters, chief: { ...people.chief, positionTh: 'นายอำเภอ' },
});
const certifications = codes.map((districtCode, i) => ({ districtCode, certification: i % 3 === 0 ? certified(districtCode, 10 + i) : null }));
const daily = dailyDocument(view, new Date(), provinceBlock({ kind: 'PROVINCE', code: '30' }, people, certifications));
daily.header.push('ตัวอย่างสระและวรรณยุกต์: น้ำ ที่นี่ ผู้ใหญ่ ปั้น ฐาน ญาติ กำลัง • PDFที่นี่ Aน้ำ Excelผู้ใหญ่ QR ThaiD น้ำท่วม');
fs.writeFileSync(path.join(out, 'report-sample.pdf'), await toPdf(daily));

const districtView = dailyReportView({ body, totals: totalsOf(body), provisional: false, frozenAt: new Date('2025-03-07T08:00:01Z'), missed: false, sha256 }, '30',
  { level: 'DISTRICT', office: { kind: 'DISTRICT', code: codes[0] } });
const own = dailyDocument(districtView, new Date(), districtBlock({ kind: 'DISTRICT', code: codes[0] }, people, certified(codes[0], 12)));
fs.writeFileSync(path.join(out, 'district-sample.pdf'), await toPdf(own));

const sums = (n: number) => ({ month: figures(n), movedIn: moved(n), movedOut: moved(n + 1), fiscalYearToDate: figures(3 * n), cumulative: figures(5 * n) });
const late = {
  month: measuresFromJson({ regPaper: 2, agreed: 1, debtBefore: '6000000', debtAfter: '4000000', reduction: '2000000' }),
  movedIn: zeroMeasures(), movedOut: zeroMeasures(), fiscalYearToDate: measuresFromJson({ regPaper: 2 }), cumulative: zeroMeasures(),
};
const pin = { day: '2025-04-08', cutOff: new Date('2025-04-08T08:00:00Z'), position: body.position, frozenAt: new Date('2025-04-08T08:00:02Z'), sha256 };
const monthly = monthlyReportView({
  year: 2025, month: 3, monthStart: new Date('2025-02-28T08:00:00Z'), monthEnd: new Date('2025-03-31T08:00:00Z'),
  fiscalYearStart: new Date('2024-09-30T08:00:00Z'), until: new Date('2025-03-31T08:00:00Z'), asOfDay: pin.day, asOf: pin, position: pin.position,
  complete: true, completedBy: { ...pin, day: '2025-03-31' }, districts: codes.map((districtCode, i) => ({ districtCode, provinceCode: '30', ...sums(i + 1) })),
  revisions: [{ districtCode: codes[4], provinceCode: '30', ...late }],
}, '30', centre);
fs.writeFileSync(path.join(out, 'monthly-sample.pdf'), await toPdf(monthlyDocument(monthly, new Date(), null)));
console.log(`wrote ${out}/report-sample.pdf, district-sample.pdf, monthly-sample.pdf`);
