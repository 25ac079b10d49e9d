/**
 * Writes a sample daily-report PDF (a made-up province report whose names carry the hard cases น้ำ,
 * ที่นี่ and text that starts with a Latin letter) for scripts/render-report-pdf.sh to turn into PNG.
 * Usage: node --import @swc-node/register/esm-register scripts/render-report-pdf.ts <out.pdf>
 */
import fs from 'node:fs';
import { totalsOf } from '../src/reporting/daily/daily-report.totals.js';
import { dailyReportView } from '../src/reporting/daily/daily-report.view.js';
import { dailyDocument } from '../src/reporting/export/daily-document.js';
import { toPdf } from '../src/reporting/export/pdf-export.js';
import { measuresFromJson } from '../src/reporting/ledger/report-measures.js';

const out = process.argv[2] ?? 'report-sample.pdf';
const figures = (n: number) => measuresFromJson({
  regSelfQrThaid: 12 * n, regThaidApp: 3 * n, regCounter: 7 * n, regPaper: n, contacted: 9 * n, agreed: 4 * n, notAgreed: n,
  partyAbsent: 1, referred: 1, closed: 2 * n, debtBefore: String(125_000_050 * n), debtAfter: String(80_000_000 * n),
  reduction: String(45_000_050 * n), transfersIn: n % 3, transfersOut: 1,
});
const body = {
  day: '2025-03-07', cutOff: new Date('2025-03-07T08:00:00Z'), periodStart: new Date('2025-03-06T08:00:00Z'),
  position: { transactionId: 4711n, globalPosition: 90210n }, base: null,
  districts: ['4901', '4902', '4903', '4904', '4905', '4906', '4907'].map((districtCode, i) =>
    ({ districtCode, provinceCode: '49', period: figures(i + 1), cumulative: figures(10 * (i + 1)) })),
  corrections: [{ districtCode: '4902', provinceCode: '49', periodDay: '2025-03-06', measures: figures(1) }],
};
const view = dailyReportView({
  body, totals: totalsOf(body), provisional: false, frozenAt: new Date('2025-03-07T08:00:01Z'), missed: false, sha256: null,
}, '49');
const document = dailyDocument(view);
document.header.push('ตัวอย่างสระและวรรณยุกต์: น้ำ ที่นี่ ผู้ใหญ่ ปั้น ฐาน ญาติ กำลัง • PDFที่นี่ Aน้ำ Excelผู้ใหญ่ QR ThaiD น้ำท่วม');
fs.writeFileSync(out, await toPdf(document, 'ตัวอย่างรายงานผลการไกล่เกลี่ยประจำวัน'));
console.log(`wrote ${out}`);
