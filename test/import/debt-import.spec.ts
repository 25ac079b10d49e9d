import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { importDebtRegistrations } from '../../src/cases/debt/import/debt-import.js';
import { IMPORT_COLUMNS, type ImportColumn } from '../../src/cases/debt/import/import-columns.js';
import { subdistrictsOf } from '../../src/geography/geography.js';
import { DistrictCountsResolver } from '../../src/projections/district-counts/district-counts.resolver.js';
import { ReadModelChanges } from '../../src/projections/runner/read-model-changes.js';
import { allProjections } from '../../src/projections/projection-list.js';
import { toThaiDigits } from '../../src/shared/thai-digits.js';
import { CENTRAL } from '../../src/identity/scope/staff-office.js';
import { citizenIdOf } from '../support/debt-generator.js';
import { HOSTILE_CHARACTERS } from '../support/hostile-text.js';
import { signedInStaff } from '../support/signed-in-staff.js';
import { project } from '../support/project.js';
import { importWorkspace } from '../support/import-workspace.js';

const ws = importWorkspace('debt');

type Row = Partial<Record<ImportColumn, string | number | Date>>;

const address = (districtCode: string): Row => {
  const subdistrict = subdistrictsOf(districtCode)[0];
  return { addressLine: '9 หมู่ 2', subdistrictCode: subdistrict.code, districtCode, provinceCode: districtCode.slice(0, 2) };
};
const debtor = (n: number, districtCode: string): Row => ({
  citizenId: citizenIdOf(n), title: 'นาง', firstName: `ผู้กู้${n}`, lastName: 'นำเข้า', occupation: 'ค้าขาย', helpWanted: 'ไกล่เกลี่ย', ...address(districtCode),
});
const person = (name: string): Row => ({ creditorKind: 'บุคคล', creditorName: name });
const AT = '2024-01-05T09:00:00+07:00';
const badCheckDigit = citizenIdOf(103).slice(0, 12) + ((Number(citizenIdOf(103)[12]) + 1) % 10);

/** Row 1 is the header; the rows below are rows 2–12 (the last one gets a cell beyond the header). */
const CSV_ROWS: Row[] = [
  { registrationId: 'R-001', registeredAt: AT, channel: 'COUNTER', ...debtor(101, '4901'), citizenId: toThaiDigits(citizenIdOf(101)),
    ...person('นายเงิน ด่วน'), principal: '๕๐,๐๐๐', outstanding: '๖๒,๕๐๐.๕๐', interestRate: '๒๐' },
  { registrationId: 'R-002', registeredAt: '5/1/2567 10:30', channel: 'กระดาษ', formDate: '๔/๑/๒๕๖๗', ...debtor(102, '4901'),
    ...person('นายทุน ใจร้อน'), creditorId: '3100500123458', principal: '10000', outstanding: '12000' },
  { registrationId: 'R-002', creditorKind: 'นิติบุคคล', creditorName: 'บริษัท ทันใจ จำกัด', creditorId: '0107544000108',
    principal: '20,000', outstanding: '25,000.25' },
  { registrationId: 'R-003', registeredAt: AT, channel: 'COUNTER', ...debtor(103, '4901'), citizenId: badCheckDigit,
    ...person('นายหนึ่ง'), principal: '1000', outstanding: '1000' },
  { registrationId: 'R-004', registeredAt: AT, channel: 'COUNTER', ...debtor(104, '4901'), districtCode: '4999',
    ...person('นายสอง'), principal: '1000', outstanding: '1000' },
  { registrationId: 'R-005', registeredAt: AT, channel: 'COUNTER', ...debtor(105, '4901'), ...person('นายสาม'), principal: '1000', outstanding: '1000' },
  { registrationId: 'R-005', ...person('นายสี่'), principal: '1000', outstanding: '-500' },
  { registrationId: 'R-006', registeredAt: AT, channel: 'COUNTER', ...debtor(101, '4901'), ...person('นาย เงิน ด่วน'), principal: '5', outstanding: '5' },
  { registrationId: 'R-007', registeredAt: AT, channel: 'THAID_APP', ...debtor(101, '4902'), ...person('นางห้า'), principal: '700', outstanding: '800' },
  { registrationId: 'R-002', registeredAt: AT, channel: 'COUNTER', ...debtor(102, '4901'), ...person('นายหก'), principal: '1', outstanding: '1' },
  { registrationId: 'R-008', registeredAt: AT, channel: 'COUNTER', ...debtor(108, '4901'), ...person('นายเจ็ด'), principal: '1', outstanding: '1' },
];

const columns = Object.keys(IMPORT_COLUMNS) as ImportColumn[];
const table = (rows: Row[], headers: 'en' | 'th') => [columns.map((c) => IMPORT_COLUMNS[c][headers]), ...rows.map((row) => columns.map((c) => row[c]))];
/** The last row gets a cell beyond the header. */
const writeCsv = (file: string, rows: Row[]) => ws.writeCsv(file, table(rows, 'en'), ',"MEDIATION"');
const writeXlsx = (file: string, rows: Row[]) => ws.writeXlsx(file, 'ลูกหนี้', table(rows, 'th'));

const refusedOf = (summary: Awaited<ReturnType<typeof importDebtRegistrations>>) =>
  summary.refused.map((r) => [r.rowNumber, r.registrationId, r.column, r.code]);
const streams = async () => (await ws.db.pool.query('SELECT stream_id FROM events ORDER BY stream_id')).rows.map((r) => r.stream_id);

describe('import of earlier debt registrations', () => {
  let csv: string;

  it('imports the good registrations of a CSV file, reports each bad row with its reason, and stores nothing of those', async () => {
    csv = await writeCsv('export.csv', CSV_ROWS);
    const progress: number[] = [];
    const summary = await importDebtRegistrations(csv, ws.db.pool, ws.store, { batchSize: 2, onProgress: (p) => progress.push(p.bytesRead) });
    expect(summary).toMatchObject({ rows: 11, registrations: 8, imported: 3, alreadyImported: 0, refusedRows: 7 });
    expect(refusedOf(summary)).toEqual([
      [5, 'R-003', 'citizen_id', 'CITIZEN_ID_CHECK_DIGIT'],
      [6, 'R-004', 'district_code', 'GEOGRAPHY_UNKNOWN_DISTRICT'],
      [8, 'R-005', 'outstanding', 'AMOUNT_NEGATIVE'],
      [9, 'R-006', 'creditor_name', 'DEBT_CASE_DUPLICATE_OPEN'],
      [11, 'R-002', 'registration_id', 'IMPORT_REGISTRATION_SPLIT'],
      [12, 'R-008', null, 'IMPORT_ROW_EXTRA_CELLS'],
    ]);
    expect(summary.refused[2]).toMatchObject({ rows: [7, 8], field: 'debts[1].outstanding', messageTh: expect.stringMatching(/ติดลบ/) });
    expect(summary.refused[3].messageEn).toContain('IMP-R-001');
    expect(progress.at(-1)).toBe((await fs.stat(csv)).size);
    expect(await streams()).toEqual(['debt-IMP-R-001', 'debt-IMP-R-002', 'debt-IMP-R-007']);

    const [paper] = await ws.store.readStream('debt-IMP-R-002');
    expect(paper.metadata).toMatchObject({ actor: 'system:import', commandId: 'import:debt:R-002' });
    expect(paper.data).toMatchObject({
      at: '2024-01-05T03:30:00.000Z', channel: 'PAPER', registeredAt: '2024-01-03T17:00:00.000Z', registeredOn: '2024-01-04',
      creditorCount: 2, debtCount: 2, totalPrincipal: '30000.00', totalOutstanding: '37000.25',
    });
    expect((await ws.store.readStream('debt-IMP-R-001'))[0].data).toMatchObject({
      debtor: { citizenId: citizenIdOf(101) }, totalOutstanding: '62500.50', registeredAt: '2024-01-05T02:00:00.000Z',
    });
  });

  it('stores nothing new when the same file is imported again through the CLI, and says so', async () => {
    const { stdout, exitCode } = await ws.cli(csv);
    expect(exitCode).toBe(1);
    expect(stdout).toContain('row 5 (registration R-003, rows 5–5), column citizen_id: CITIZEN_ID_CHECK_DIGIT');
    expect(stdout).toMatch(/11 rows, 8 registrations read .*: 0 imported, 3 already imported, 6 refused \(7 rows\)/);
    expect(await streams()).toEqual(['debt-IMP-R-001', 'debt-IMP-R-002', 'debt-IMP-R-007']);
  });

  it('imports an XLSX file with Thai headers against the cases already open, twice without duplicates, and counts them', async () => {
    await project(ws.db.pool, ws.store, allProjections());
    const xlsx = await writeXlsx('export.xlsx', [
      { registrationId: 'X-001', registeredAt: new Date(Date.UTC(2024, 0, 8, 14, 5)), channel: 'คิวอาร์โค้ด', ...debtor(201, '1001'),
        citizenId: Number(citizenIdOf(201)), ...person('นางเจ็ด'), principal: 30000, outstanding: 35000.5 },
      { registrationId: 'X-002', registeredAt: AT, channel: 'COUNTER', ...debtor(202, '1001'), districtCode: '1099',
        ...person('นางแปด'), principal: 1, outstanding: 1 },
      { registrationId: 'X-003', registeredAt: AT, channel: 'COUNTER', ...debtor(101, '4901'), ...person('นายเงิน  ด่วน'), principal: 1, outstanding: 1 },
    ]);
    const first = await importDebtRegistrations(xlsx, ws.db.pool, ws.store);
    expect(first).toMatchObject({ rows: 3, registrations: 3, imported: 1, alreadyImported: 0 });
    expect(refusedOf(first)).toEqual([
      [3, 'X-002', 'district_code', 'GEOGRAPHY_UNKNOWN_DISTRICT'], [4, 'X-003', 'creditor_name', 'DEBT_CASE_DUPLICATE_OPEN'],
    ]);
    expect((await ws.store.readStream('debt-IMP-X-001'))[0].data).toMatchObject({
      at: '2024-01-08T07:05:00.000Z', channel: 'SELF_QR_THAID', totalOutstanding: '35000.50',
    });
    expect(await importDebtRegistrations(xlsx, ws.db.pool, ws.store)).toMatchObject({ imported: 0, alreadyImported: 1 });

    await project(ws.db.pool, ws.store, allProjections());
    const counts = new DistrictCountsResolver(ws.db.pool, new ReadModelChanges(ws.db.pool.options));
    const centre = signedInStaff('CENTRAL', CENTRAL);
    const [mueang, nikhom] = await counts.districtCounts(centre, '49');
    expect(mueang.counts).toMatchObject({
      registered: 2, byChannel: { selfQrThaid: 0, thaidApp: 0, counter: 1, paper: 1 }, creditors: 3, debts: 3,
      principal: '80000.00', outstanding: '99500.75',
    });
    expect(nikhom.counts).toMatchObject({ registered: 1, byChannel: { thaidApp: 1 }, outstanding: '800.00' });
    expect((await counts.districtCounts(centre, '10'))[0].counts).toMatchObject({ registered: 1, byChannel: { selfQrThaid: 1 } });
    expect(await counts.nationalCounts()).toMatchObject({ registered: 4, principal: '110700.00' });
  });

  it('refuses a control, direction or noncharacter code point in any text column, naming the column, and stores nothing', async () => {
    const before = await streams();
    // A UTF-8 file cannot hold a lone surrogate: its decoder reads one as U+FFFD.
    const characters = HOSTILE_CHARACTERS.filter((c) => !/\p{Cs}/u.test(c));
    const textColumns = ['title', 'firstName', 'lastName', 'occupation', 'addressLine', 'creditorName', 'collateral', 'helpNote'] as const;
    const cases = textColumns.flatMap((column) => characters.map((character) => ({ column, character })));
    const rows: Row[] = cases.map(({ column, character }, i) => {
      const row: Row = { registrationId: `T-${i}`, registeredAt: AT, channel: 'COUNTER', ...debtor(500 + i, '4901'),
        ...person(`นายทุน${i}`), principal: '1000', outstanding: '1000', collateral: 'สร้อยทอง', helpNote: 'ขอคำปรึกษา' };
      return { ...row, [column]: `${String(row[column])}${character}ต่อท้าย` };
    });
    // writeCsv gives the last row a cell beyond the header.
    const last: Row = { registrationId: 'T-END' };
    const summary = await importDebtRegistrations(await writeCsv('hostile.csv', [...rows, last]), ws.db.pool, ws.store);
    expect(summary).toMatchObject({ registrations: cases.length + 1, imported: 0 });
    expect(refusedOf(summary)).toEqual([
      ...cases.map(({ column }, i) => [i + 2, `T-${i}`, IMPORT_COLUMNS[column].en, 'TEXT_FORBIDDEN_CHARACTER']),
      [cases.length + 2, 'T-END', null, 'IMPORT_ROW_EXTRA_CELLS'],
    ]);
    expect(await streams()).toEqual(before);
  });

  it('reports every refusal of a registration, each at its row and column, and writes them all to the rejects file', async () => {
    const before = await streams();
    const rejects = path.join(ws.dir, 'several.rejects.csv');
    const summary = await importDebtRegistrations(await writeCsv('several.csv', [
      { registrationId: 'M-1', registeredAt: AT, channel: 'COUNTER', ...debtor(801, '4901'), citizenId: badCheckDigit, phone: '๘๑๒๓',
        ...person('นายแปด'), principal: '1000', outstanding: '1000' },
      { registrationId: 'M-1', ...person('นายเก้า'), principal: '1000', outstanding: '-1' },
      { registrationId: 'M-END' },
    ]), ws.db.pool, ws.store, { rejectsFile: rejects });
    expect(refusedOf(summary)).toEqual([
      [2, 'M-1', 'citizen_id', 'CITIZEN_ID_CHECK_DIGIT'], [2, 'M-1', 'phone', 'PHONE_MALFORMED'], [3, 'M-1', 'outstanding', 'AMOUNT_NEGATIVE'],
      [4, 'M-END', null, 'IMPORT_ROW_EXTRA_CELLS'],
    ]);
    expect(summary).toMatchObject({ registrations: 2, refusedRegistrations: 2, refusedRows: 3, imported: 0 });
    const lines = (await fs.readFile(rejects, 'utf8')).split('\r\n').map((line) => line.split('","').slice(0, 4).join('|'));
    expect(lines.slice(1, 3)).toEqual([
      expect.stringMatching(/^"2\|citizen_id, phone\|CITIZEN_ID_CHECK_DIGIT, PHONE_MALFORMED\|เลขประจำตัวประชาชน.*; หมายเลขโทรศัพท์/),
      expect.stringMatching(/^"3\|outstanding\|AMOUNT_NEGATIVE\|จำนวนเงินต้องไม่ติดลบ/),
    ]);
    expect(await streams()).toEqual(before);
  });

  it('refuses a registration dated before registration opened, or a debt started before 2500 BE, naming the column', async () => {
    const before = await streams();
    const row = (id: string, n: number): Row => ({ registrationId: id, registeredAt: AT, channel: 'COUNTER', ...debtor(n, '4901'),
      ...person(`นายทุน${id}`), principal: '1000', outstanding: '1000' });
    const summary = await importDebtRegistrations(await writeCsv('dates.csv', [
      { ...row('D-1', 701), registeredAt: '1/1/2443 09:00' },
      { ...row('D-2', 702), registeredAt: '2023-11-30T16:59:00Z' },
      { ...row('D-3', 703), debtStartDate: '31/12/2499' },
      { registrationId: 'D-END' },
    ]), ws.db.pool, ws.store);
    expect(refusedOf(summary)).toEqual([
      [2, 'D-1', 'registered_at', 'DATE_OUT_OF_RANGE'], [3, 'D-2', 'registered_at', 'DATE_OUT_OF_RANGE'],
      [4, 'D-3', 'debt_start_date', 'DATE_OUT_OF_RANGE'], [5, 'D-END', null, 'IMPORT_ROW_EXTRA_CELLS'],
    ]);
    expect(await streams()).toEqual(before);
  });
});
