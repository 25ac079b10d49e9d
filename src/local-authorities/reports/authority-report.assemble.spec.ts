import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../../shared/domain-error.js';
import type { LocalAuthority } from '../local-authority.decider.js';
import type { BillFact, BusinessFact, PaymentFact, PermitFact } from './authority-report.assemble.js';
import { authorityReportDocument, provinceReportDocument } from './authority-report-document.js';
import { authorityReport, type AuthorityFacts, provinceReport } from './authority-report.view.js';
import { monthsOf, parseReportPeriod } from './report-period.js';

const PAO: LocalAuthority = { code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', municipalityClass: null, provinceCode: '20', districtCode: null, billerCode: '80141' };
const PONG: LocalAuthority = { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', municipalityClass: null, provinceCode: '20', districtCode: '2004', billerCode: '81234' };
const FY2569 = parseReportPeriod('๒๕๖๙');
const TODAY = '2025-12-20';
const none: AuthorityFacts = { payments: [], bills: [], businesses: [], filed: [], permits: [] };

const bill = (over: Partial<BillFact>): BillFact => ({
  returnId: '1-HOTEL-2025-10', businessNo: 1, businessName: 'โรงแรมทะเลงาม', kind: 'HOTEL', period: '2025-10', dueOn: '2025-11-13',
  lastRef1: '22001011256810', lastRef2: '00000001015', billedSatang: 12_500_50, paidSatang: 0, ...over,
});
const permit = (over: Partial<PermitFact>): PermitFact => ({
  permitId: 'p1', permitNumber: '1/2569', issuedOn: '2025-10-15', applicantName: 'นายสมชาย ใจดี', feeSatang: 200_00,
  authorityCode: PONG.code, authorityNameTh: PONG.nameTh, ...over,
});

describe('report periods', () => {
  it('take a fiscal year or a month, CE or Buddhist Era, Arabic or Thai digits', () => {
    expect(FY2569).toEqual({ from: '2025-10', to: '2026-09', labelTh: 'ปีงบประมาณ พ.ศ. 2569', slug: '2569' });
    expect(parseReportPeriod('2026')).toEqual(FY2569);
    expect(parseReportPeriod('2568')).toMatchObject({ from: '2024-10', to: '2025-09', labelTh: 'ปีงบประมาณ พ.ศ. 2568' });
    expect(parseReportPeriod(' ๒๕๖๘-๙ ')).toEqual({ from: '2025-09', to: '2025-09', labelTh: 'เดือนกันยายน 2568', slug: '2568-09' });
    expect(parseReportPeriod('2025-09')).toMatchObject({ from: '2025-09', slug: '2568-09' });
    expect(monthsOf('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('refuse anything else with a typed error naming the field', () => {
    for (const input of ['', '69', '2568-13', '2568/09', '1500', '2568-09-01', 'ปีนี้']) {
      expect(() => parseReportPeriod(input)).toThrow(DomainError);
      try { parseReportPeriod(input); } catch (error) {
        expect(error).toMatchObject({ code: 'AUTHORITY_REPORT_PERIOD_MALFORMED', field: 'period', messageTh: expect.stringContaining('ปีงบประมาณ') });
      }
    }
  });
});

describe("a PAO's collection report", () => {
  const payments: PaymentFact[] = [
    { kind: 'HOTEL', paidOn: '2025-10-31', satang: 12_500_50 },
    { kind: 'HOTEL', paidOn: '2025-11-01', satang: 1 },
    { kind: 'FUEL', paidOn: '2025-11-20', satang: 4_540_00 },
    { kind: 'TOBACCO', paidOn: '2025-09-30', satang: 999_99 },
    { kind: 'HOTEL', paidOn: '2024-11-30', satang: 9_007_199_254_740_99 },
  ];
  const period = parseReportPeriod('2569');
  const view = authorityReport(PAO, period, TODAY, { ...none, payments });

  it('sums what was paid by levy and Bangkok month of payment, to the satang, for the months begun so far', () => {
    expect(view.collection.months.map((m) => [m.monthTh, ...m.amounts.map((a) => a.amount), m.total])).toEqual([
      ['ตุลาคม 2568', '12500.50', '0.00', '0.00', '12500.50'],
      ['พฤศจิกายน 2568', '0.01', '4540.00', '0.00', '4540.01'],
      ['ธันวาคม 2568', '0.00', '0.00', '0.00', '0.00'],
    ]);
    expect(view.collection.byKind.map((k) => [k.kind, k.payments, k.amount])).toEqual([['HOTEL', 2, '12500.51'], ['FUEL', 1, '4540.00'], ['TOBACCO', 0, '0.00']]);
    expect([view.collection.payments, view.collection.total, view.periodTh, view.asOfTh]).toEqual([3, '17040.51', 'ปีงบประมาณ พ.ศ. 2569', '20 ธันวาคม 2568']);
    expect(view.downloads).toEqual({ xlsx: '/reports/local-authority/2200101/2569.xlsx', pdf: '/reports/local-authority/2200101/2569.pdf' });
  });

  it('keeps sums exact in satang, however large', () => {
    const big = authorityReport(PAO, parseReportPeriod('2568'), TODAY, { ...none, payments: [...payments, { kind: 'HOTEL', paidOn: '2024-11-01', satang: 1 }] });
    expect(big.collection.total).toBe('9007199255740.99');
  });

  it('lists bills not paid in full with days overdue as of the day, the longest overdue first', () => {
    const bills = [
      bill({}),
      bill({ returnId: '2-FUEL-2025-10', businessNo: 2, kind: 'FUEL', billedSatang: 4_540_00, paidSatang: 4_540_00 }),
      bill({ returnId: '3-TOBACCO-2025-09', businessNo: 3, kind: 'TOBACCO', period: '2025-09', dueOn: '2025-10-13', billedSatang: 930_00, paidSatang: 900_00 }),
      bill({ returnId: '1-HOTEL-2025-11', period: '2025-11', dueOn: '2025-12-22' }),
    ];
    const report = authorityReport(PAO, period, TODAY, { ...none, bills });
    expect(report.outstanding.map((b) => [b.returnId, b.dueOnTh, b.billed, b.paid, b.outstanding, b.daysOverdue])).toEqual([
      ['1-HOTEL-2025-10', '13 พฤศจิกายน 2568', '12500.50', '0.00', '12500.50', 37],
      ['1-HOTEL-2025-11', '22 ธันวาคม 2568', '12500.50', '0.00', '12500.50', 0],
    ]);
    expect(report.outstandingTotal).toBe('25001.00');
    expect(authorityReport(PAO, parseReportPeriod('2568'), TODAY, { ...none, bills }).outstanding.map((b) => [b.returnId, b.outstanding, b.daysOverdue]))
      .toEqual([['3-TOBACCO-2025-09', '30.00', 68]]);
  });

  it('lists registered businesses without a return of each of their levies for each month ended, not those registered after it', () => {
    const businesses: BusinessFact[] = [
      { businessNo: 1, nameTh: 'โรงแรมทะเลงาม', kinds: ['HOTEL'], registeredOn: '2025-01-05' },
      { businessNo: 2, nameTh: 'ปั๊มศรีราชา', kinds: ['FUEL', 'TOBACCO'], registeredOn: '2025-10-31' },
      { businessNo: 3, nameTh: 'โรงแรมใหม่', kinds: ['HOTEL'], registeredOn: '2025-11-01' },
    ];
    const filed = [{ businessNo: 1, kind: 'HOTEL' as const, period: '2025-10' }, { businessNo: 2, kind: 'FUEL' as const, period: '2025-11' }];
    const report = authorityReport(PAO, period, TODAY, { ...none, businesses, filed });
    expect(report.nonFilers.map((n) => [n.periodTh, n.businessNo, n.kind])).toEqual([
      ['ตุลาคม 2568', 2, 'FUEL'], ['ตุลาคม 2568', 2, 'TOBACCO'],
      ['พฤศจิกายน 2568', 1, 'HOTEL'], ['พฤศจิกายน 2568', 2, 'TOBACCO'], ['พฤศจิกายน 2568', 3, 'HOTEL'],
    ]);
    expect(authorityReport(PAO, parseReportPeriod('2568-12'), TODAY, { ...none, businesses }).nonFilers).toEqual([]);
    expect(report.permitsIssued).toEqual([]);
  });

  it('lays the report out as a document: collection tables with totals, the outstanding and the non-filers', () => {
    const doc = authorityReportDocument(view, new Date('2025-12-20T03:00:00Z'));
    expect(doc.title).toBe('รายงานการจัดเก็บรายได้ ปีงบประมาณ พ.ศ. 2569');
    expect(doc.fileName).toEqual({ th: 'รายงานการจัดเก็บรายได้-ปีงบประมาณพ.ศ.2569-องค์การบริหารส่วนจังหวัดชลบุรี', ascii: 'local-revenue-report-2200101-2569' });
    expect(doc.tables.map((t) => t.sheet)).toEqual(['รายเดือน', 'รายประเภท', 'ค้างชำระ', 'ไม่ยื่นแบบ']);
    expect(doc.tables[0].rows.at(-1)).toEqual({ cells: ['รวม', '12500.51', '4540.00', '0.00', '17040.51'], total: true, sumOfRows: true });
    expect(doc.tables.every((t) => t.sheet.length <= 31 && t.rows.every((r) => r.cells.length === t.columns.length))).toBe(true);
  });
});

describe("an issuer's report and the PAO's province-wide view", () => {
  const permits = [permit({}), permit({ permitId: 'p2', permitNumber: '2/2569', issuedOn: '2025-12-01', feeSatang: 150_25 }),
    permit({ permitId: 'p3', permitNumber: '9/2568', issuedOn: '2025-09-30' }),
    permit({ permitId: 'p4', permitNumber: '1/2569', authorityCode: '2200405', authorityNameTh: 'เทศบาลเมืองพัทยา', issuedOn: '2025-11-11' })];

  it("an SAO collects its permit fees and lists the permits it issued in the period", () => {
    const report = authorityReport(PONG, parseReportPeriod('2569'), TODAY, {
      ...none, payments: [{ kind: 'LEAFLET', paidOn: '2025-10-14', satang: 200_00 }], permits: permits.filter((p) => p.authorityCode === PONG.code),
    });
    expect(report.collection.byKind).toEqual([{ kind: 'LEAFLET', kindTh: 'ค่าธรรมเนียมใบอนุญาตโฆษณาด้วยแผ่นประกาศ', payments: 1, amount: '200.00' }]);
    expect(report.permitsIssued.map((p) => [p.permitNumber, p.issuedOnTh, p.fee])).toEqual([['1/2569', '15 ตุลาคม 2568', '200.00'], ['2/2569', '1 ธันวาคม 2568', '150.25']]);
    expect([report.pao, report.outstanding, report.nonFilers]).toEqual([false, [], []]);
    expect(authorityReportDocument(report, new Date()).tables.map((t) => t.sheet)).toEqual(['รายเดือน', 'รายประเภท', 'ใบอนุญาตที่ออก']);
  });

  it('the PAO sees every authority of its province with its permits issued, those with none too', () => {
    const view = provinceReport(PAO, [{ code: '2200405', nameTh: 'เทศบาลเมืองพัทยา' }, PONG, { code: '6200799', nameTh: 'อบต.ไม่มีคำขอ' }],
      parseReportPeriod('2569'), TODAY, { ...none, permits });
    expect(view.permitsByAuthority.map((a) => [a.authorityNameTh, a.issued, a.fees])).toEqual([
      ['เทศบาลเมืองพัทยา', 1, '200.00'], ['องค์การบริหารส่วนตำบลโป่ง', 2, '350.25'], ['อบต.ไม่มีคำขอ', 0, '0.00'],
    ]);
    expect(view.permitsIssued.map((p) => p.permitId)).toEqual(['p1', 'p4', 'p2']);
    expect(view.downloads.pdf).toBe('/reports/local-province/2200101/2569.pdf');
    expect(provinceReportDocument(view, new Date()).tables.map((t) => t.sheet)).toEqual(['รายเดือน', 'รายประเภท', 'ไม่ยื่นแบบ', 'ใบอนุญาตราย อปท.', 'ใบอนุญาตที่ออก']);
  });
});
