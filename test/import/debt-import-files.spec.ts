import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { importDebtRegistrations } from '../../src/cases/debt/import/debt-import.js';
import { IMPORT_COLUMNS, type ImportColumn } from '../../src/cases/debt/import/import-columns.js';
import { subdistrictsOf } from '../../src/geography/geography.js';
import { allProjections } from '../../src/projections/projection-list.js';
import { citizenIdOf } from '../support/debt-generator.js';
import { project } from '../support/project.js';
import { csvLine, importWorkspace } from '../support/import-workspace.js';

/** Imports as clerks make them: files saved by Excel on Thai Windows, broken bytes, dry runs, and the rejects file fixed and imported again. */

const ws = importWorkspace('debt');
const { write, cli } = ws;

type Row = Partial<Record<ImportColumn, string>>;
const columns = Object.keys(IMPORT_COLUMNS) as ImportColumn[];

/** A registration of one debt, of debtor n, owed to a person. */
const registration = (id: string, n: number, creditorName = 'นายทองคำ เงินดี'): Row => {
  const subdistrict = subdistrictsOf('4901')[0];
  return {
    registrationId: id, registeredAt: '5/1/2567 10:30', channel: 'จุดรับลงทะเบียน', citizenId: citizenIdOf(n), title: 'นาง',
    firstName: `ผู้กู้${n}`, lastName: 'นำเข้า', occupation: 'ค้าขาย', addressLine: '9 หมู่ 2', subdistrictCode: subdistrict.code,
    districtCode: '4901', provinceCode: '49', creditorKind: 'บุคคล', creditorName, principal: '๑๐,๐๐๐', outstanding: '๑๒,๐๐๐',
    helpWanted: 'ไกล่เกลี่ย',
  };
};

const csvText = (rows: Row[], headers: 'en' | 'th' = 'en') =>
  [columns.map((c) => IMPORT_COLUMNS[c][headers]), ...rows.map((row) => columns.map((c) => row[c] ?? ''))].map(csvLine).join('\r\n') + '\r\n';

const streams = async () => (await ws.db.pool.query('SELECT stream_id FROM events ORDER BY stream_id')).rows.map((r) => r.stream_id);
const exists = (file: string) => fs.access(file).then(() => true, () => false);

describe('import files as clerks make them', () => {
  it('imports a CSV saved by Excel on Thai Windows (Windows-874), with English and with Thai headers, its Thai as written', async () => {
    const english = await write('thai-windows.csv', iconv.encode(csvText([registration('W-001', 301)]), 'windows-874'));
    const thai = await write('thai-windows-th.csv', iconv.encode(csvText([registration('W-002', 302, 'นางสาวเพ็ญ ใจบุญ')], 'th'), 'windows-874'));
    expect(await importDebtRegistrations(english, ws.db.pool, ws.store)).toMatchObject({ encoding: 'windows-874', imported: 1, refused: [] });
    expect(await importDebtRegistrations(thai, ws.db.pool, ws.store)).toMatchObject({ encoding: 'windows-874', imported: 1, refused: [] });
    expect((await ws.store.readStream('debt-IMP-W-001'))[0].data).toMatchObject({
      channel: 'COUNTER', debtor: { title: 'นาง', firstName: 'ผู้กู้301', lastName: 'นำเข้า', occupation: 'ค้าขาย', address: { line: '9 หมู่ 2' } },
      creditors: [{ kind: 'PERSON', name: 'นายทองคำ เงินดี' }], helpWanted: { kinds: ['MEDIATION'] }, totalOutstanding: '12000.00',
    });
    expect((await ws.store.readStream('debt-IMP-W-002'))[0].data).toMatchObject({
      debtor: { firstName: 'ผู้กู้302' }, creditors: [{ name: 'นางสาวเพ็ญ ใจบุญ' }],
    });
  });

  it('refuses a file with bytes that are not UTF-8 whole, with exit code 2, storing nothing and naming the line', async () => {
    const before = await streams();
    const bytes = Buffer.from(csvText([registration('U-001', 311), registration('U-002', 312), registration('U-003', 313), registration('U-004', 314)]));
    const at = bytes.indexOf(Buffer.from('ผู้กู้314'));
    bytes[at + 1] = 0xff; // the second byte of ผ
    const file = await write('broken.csv', bytes);
    const run = await cli(file, '--batch-size', '1');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`IMPORT_ENCODING_INVALID`);
    expect(run.stderr).toContain(`at line 5 (byte offset ${at})`);
    expect(await streams()).toEqual(before);
    expect(await exists(path.join(ws.dir, 'broken.rejects.csv'))).toBe(false);
  });

  it('reads the encoding given with --encoding, refusing the file whole when its bytes do not fit, and refuses an unknown one', async () => {
    const before = await streams();
    const file = await write('given.csv', iconv.encode(csvText([registration('G-001', 321)]), 'windows-874'));
    const asUtf8 = await cli(file, '--encoding', 'utf-8');
    expect(asUtf8).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('IMPORT_ENCODING_INVALID') });
    expect(await cli(file, '--encoding', 'latin-1')).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('latin-1') });
    expect(await streams()).toEqual(before);
    const asThai = await cli(file, '--encoding', 'tis-620');
    expect(asThai).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/1 rows, 1 registrations read as tis-620 .*: 1 imported/) });
    expect((await ws.store.readStream('debt-IMP-G-001'))[0].data).toMatchObject({ debtor: { firstName: 'ผู้กู้321' } });
  });

  it('checks a file with --dry-run as a real run does, against the cases in the database too, storing nothing', async () => {
    await project(ws.db.pool, ws.store, allProjections());
    const file = await write('dry.csv', Buffer.from(csvText([
      registration('D-001', 331),
      registration('D-002', 301), // the same creditor as W-001, open in the case list
      { ...registration('D-003', 333), districtCode: '4999' },
      registration('W-001', 301), // imported before
      registration('D-004', 334),
      registration('D-005', 334), // the same creditor as D-004, earlier in the file
    ])));
    const before = await streams();
    const withoutTime = (stdout: string) => stdout.replace(/ in [\d.]+ s \(\d+ rows\/s\)/, '').replace('\ndry run: nothing stored', '');

    const dry = await cli(file, '--dry-run', '--batch-size', '2');
    expect(dry.exitCode).toBe(1);
    expect(dry.stdout).toMatch(/6 rows, 6 registrations read as utf-8 .*: 2 imported, 1 already imported, 3 refused \(3 rows\)/);
    expect(dry.stdout).toContain('row 3 (registration D-002, rows 3–3), column creditor_name: DEBT_CASE_DUPLICATE_OPEN');
    expect(dry.stdout).toContain('row 7 (registration D-005, rows 7–7), column creditor_name: DEBT_CASE_DUPLICATE_OPEN');
    expect(dry.stdout.trimEnd()).toMatch(/\ndry run: nothing stored$/);
    expect(await streams()).toEqual(before);

    const real = await cli(file, '--batch-size', '2');
    expect(real.exitCode).toBe(dry.exitCode);
    expect(withoutTime(real.stdout)).toBe(withoutTime(dry.stdout));
    expect(await streams()).toEqual([...before, 'debt-IMP-D-001', 'debt-IMP-D-004'].sort());
    // One log line on stderr (stdout is the report): the run's correlation id and counts, no row.
    const logged = real.stderr.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { context: string; msg: string });
    expect(logged).toEqual([expect.objectContaining({
      context: 'DebtImport', msg: expect.stringMatching(/^debt import import:[0-9a-f-]{36}: 6 rows, 6 registrations, 2 imported, 1 already imported, 3 refused \(3 rows\) in [\d.]+ s$/),
    })]);

    const again = await importDebtRegistrations(file, ws.db.pool, ws.store, { dryRun: true });
    expect(again).toMatchObject({ imported: 0, alreadyImported: 3, refusedRows: 3 });
    const { correlationId: _dry, ...dryRun } = again;
    const { correlationId: _real, ...realRun } = await importDebtRegistrations(file, ws.db.pool, ws.store);
    expect({ ...dryRun, dryRun: false }).toEqual(realRun);
  });

  it('writes the refused rows as they were, with row, column, code and Thai message, to a file that imports once fixed', async () => {
    const bad = { ...registration('F-003', 343), citizenId: citizenIdOf(343).slice(0, 12) + ((Number(citizenIdOf(343)[12]) + 1) % 10) };
    const text = csvText([
      registration('F-001', 341),
      registration('F-002', 342),
      { registrationId: 'F-002', creditorKind: 'ญาติ', creditorName: 'นายสอง', principal: '1', outstanding: '1' },
      bad,
      registration('F-004', 344),
    ], 'th').replace(/\r\n$/, ',"เกิน"\r\n'); // the last row gets a cell beyond the header
    const file = await write('ทะเบียนเดิม.csv', iconv.encode(text, 'windows-874'));
    const rejects = path.join(ws.dir, 'ทะเบียนเดิม.rejects.csv');

    const run = await cli(file);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`refused rows written to ${rejects}`);
    const bytes = await fs.readFile(rejects);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [headers, ...records] = parse(bytes, { bom: true, relax_column_count: true }) as string[][];
    expect(headers).toEqual(['row', 'column', 'code', 'ข้อผิดพลาด', ...columns.map((c) => IMPORT_COLUMNS[c].th)]);
    const at = (c: ImportColumn) => 4 + columns.indexOf(c);
    expect(records.map((r) => [r[0], r[1], r[2], r[at('registrationId')]])).toEqual([
      ['3', '', '', 'F-002'], ['4', 'ประเภทเจ้าหนี้', expect.any(String), 'F-002'],
      ['5', 'เลขประจำตัวประชาชน', 'CITIZEN_ID_CHECK_DIGIT', 'F-003'], ['6', '', 'IMPORT_ROW_EXTRA_CELLS', 'F-004'],
    ]);
    expect(records[0][3]).toContain('แถว 4');
    expect(records[2][3]).toMatch(/[ก-๙]/);
    expect(records[2].slice(4, 4 + columns.length)).toEqual(columns.map((c) => bad[c] ?? ''));
    expect(records[3].at(-1)).toBe('เกิน');

    records[1][at('creditorKind')] = 'บุคคล';
    records[2][at('citizenId')] = citizenIdOf(343);
    await fs.writeFile(rejects, `\uFEFF${[headers, ...records].map(csvLine).join('\r\n')}\r\n`);
    const elsewhere = path.join(ws.dir, 'elsewhere.csv');
    const fixed = await cli(rejects, '--rejects', elsewhere);
    expect(fixed).toMatchObject({ exitCode: 1, stdout: expect.stringMatching(/4 rows, 3 registrations read as utf-8 .*: 2 imported, 0 already imported, 1 refused/) });
    const [againHeaders, ...againRecords] = parse(await fs.readFile(elsewhere), { bom: true, relax_column_count: true }) as string[][];
    expect(againHeaders).toEqual(headers);
    expect(againRecords).toEqual([['5', '', 'IMPORT_ROW_EXTRA_CELLS', records[3][3], ...records[3].slice(4)]]);

    againRecords[0].pop();
    await fs.writeFile(elsewhere, `\uFEFF${[againHeaders, ...againRecords].map(csvLine).join('\r\n')}\r\n`);
    expect(await importDebtRegistrations(elsewhere, ws.db.pool, ws.store, { rejectsFile: rejects }))
      .toMatchObject({ encoding: 'utf-8', imported: 1, refused: [], rejectsFile: null });
    expect(await exists(rejects)).toBe(false);
    expect((await ws.store.readStream('debt-IMP-F-002'))[0].data).toMatchObject({ creditors: [{ kind: 'PERSON' }, { name: 'นายสอง', kind: 'PERSON' }] });
    expect(await streams()).toEqual(expect.arrayContaining(['debt-IMP-F-001', 'debt-IMP-F-002', 'debt-IMP-F-003', 'debt-IMP-F-004']));
  });
});
