import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { COMPLAINT_IMPORT_COLUMNS, type ComplaintImportColumn } from '../../src/cases/complaint/import/complaint-import-columns.js';
import { importedComplaintId } from '../../src/cases/complaint/import/complaint-import-row.js';
import { importComplaints, type ComplaintImportSummary } from '../../src/cases/complaint/import/complaint-import.js';
import { subdistrictsOf } from '../../src/geography/geography.js';
import { allProjections } from '../../src/projections/projection-list.js';
import { citizenIdOf } from '../support/debt-generator.js';
import { project } from '../support/project.js';
import { importWorkspace } from '../support/import-workspace.js';

const ws = importWorkspace('complaints');

type Row = Partial<Record<ComplaintImportColumn, string | number | Date>>;

const place = (districtCode: string): Row => ({ subdistrictCode: subdistrictsOf(districtCode)[0].code, districtCode });
const named = (n: number): Row => ({ citizenId: citizenIdOf(n), title: 'นาง', firstName: `ผู้ร้อง${n}`, lastName: 'นำเข้า', phone: '0812345678' });
const complaint = (reference: string, receivedAt: string | Date, more: Row = {}): Row => ({
  reference, receivedAt, channel: 'WALK_IN', office: '4901', ...named(Number(reference.replace(/\D/g, '')) + 300),
  categoryMain: 'REQUEST_HELP', categorySub: 'DISASTER', subject: `เรื่อง ${reference}`, description: 'น้ำท่วมบ้าน\nขอความช่วยเหลือ',
  ...place('4901'), ...more,
});

/** Row 1 is the header; rows 2–8 below. */
const CSV_ROWS: Row[] = [
  complaint('C-001', '๑๕/๑๐/๒๕๖๒', { channel: 'สายด่วน 1567' }),
  complaint('C-002', '2023-06-01 14:30', { channel: 'หนังสือ/จดหมาย', office: '๔๙', anonymous: 'ใช่', citizenId: '', title: '',
    firstName: '', lastName: '', phone: '', categoryMain: 'OTHER', categorySub: '', categoryOther: 'ขอใบรับรอง' }),
  complaint('C-003', '30/9/2562'),
  complaint('C-004', '1/1/2600'),
  complaint('C-005', '1/11/2562', { anonymous: 'yes', citizenId: '', title: '', lastName: '', phone: '', districtCode: '4999' }),
  complaint('c-001', '16/10/2562'),
  complaint('C-006', '2024-02-29T10:00:00+07:00', { office: 'CENTRAL', channel: 'website' }),
];

const columns = Object.keys(COMPLAINT_IMPORT_COLUMNS) as ComplaintImportColumn[];
const table = (rows: Row[], headers: 'en' | 'th') => [columns.map((c) => COMPLAINT_IMPORT_COLUMNS[c][headers]), ...rows.map((row) => columns.map((c) => row[c]))];
const writeCsv = (file: string, rows: Row[]) => ws.writeCsv(file, table(rows, 'en'));
const writeXlsx = (file: string, rows: Row[]) => ws.writeXlsx(file, 'เรื่องร้องเรียน', table(rows, 'th'));

const refusedOf = (summary: ComplaintImportSummary) => summary.refused.map((r) => [r.rowNumber, r.reference, r.column, r.code]);
const streams = async () => (await ws.db.pool.query("SELECT stream_id FROM events WHERE stream_id LIKE 'complaint-%' ORDER BY stream_id"))
  .rows.map((r) => r.stream_id as string);
const streamOf = (reference: string) => `complaint-${importedComplaintId(reference)}`;

const cli = ws.cli;

describe('import of earlier complaints', () => {
  let csv: string;

  it('stores the good rows of a CSV file with their received dates and reports each bad row at its column', async () => {
    csv = await writeCsv('complaints.csv', CSV_ROWS);
    const rejects = path.join(ws.dir, 'complaints.rejects.csv');
    const summary = await importComplaints(csv, ws.db.pool, ws.store, { batchSize: 2, rejectsFile: rejects });
    expect(summary).toMatchObject({ rows: 7, imported: 3, alreadyImported: 0, refusedRows: 4, rejectsFile: rejects });
    expect(refusedOf(summary)).toEqual([
      [4, 'C-003', 'received_at', 'DATE_OUT_OF_RANGE'],
      [5, 'C-004', 'received_at', 'COMPLAINT_RECEIVED_IN_FUTURE'],
      [6, 'C-005', 'first_name', 'COMPLAINT_ANONYMOUS_WITH_IDENTITY'],
      [6, 'C-005', 'district_code', 'GEOGRAPHY_UNKNOWN_DISTRICT'],
      [7, 'C-001', 'reference', 'IMPORT_COMPLAINT_REFERENCE_REPEATED'],
    ]);
    expect(summary.refused[0]).toMatchObject({ field: 'receivedAt', messageTh: expect.stringMatching(/วันที่ต้องไม่ก่อน/), messageEn: expect.stringContaining('2019-10-01') });
    expect(await streams()).toEqual([streamOf('C-001'), streamOf('C-002'), streamOf('C-006')].sort());

    const [hotline] = await ws.store.readStream(streamOf('C-001'));
    expect(hotline.metadata).toMatchObject({ actor: 'system:import', commandId: 'import:complaint:C-001', correlationId: summary.correlationId });
    expect(hotline.data).toMatchObject({
      channel: 'HOTLINE_1567', receivedAt: '2019-10-14T17:00:00.000Z', owningOffice: { level: 'DISTRICT', code: '4901' },
      complainant: { anonymous: false, citizenId: citizenIdOf(301) }, category: { mainCode: 'REQUEST_HELP', subCode: 'DISASTER' },
      possibleDuplicates: [],
    });
    expect((await ws.store.readStream(streamOf('C-002')))[0].data).toMatchObject({
      channel: 'LETTER', receivedAt: '2023-06-01T07:30:00.000Z', owningOffice: { level: 'PROVINCE', code: '49' },
      complainant: { anonymous: true }, category: { mainCode: 'OTHER', otherText: 'ขอใบรับรอง' },
    });
    const lines = (await fs.readFile(rejects, 'utf8')).split('\r\n').map((line) => line.split('","').slice(0, 3).join('|'));
    expect(lines.slice(1, 5)).toEqual(['"4|received_at|DATE_OUT_OF_RANGE', '"5|received_at|COMPLAINT_RECEIVED_IN_FUTURE',
      '"6|first_name, district_code|COMPLAINT_ANONYMOUS_WITH_IDENTITY, GEOGRAPHY_UNKNOWN_DISTRICT', '"7|reference|IMPORT_COMPLAINT_REFERENCE_REPEATED']);
  });

  it('stores nothing new when the same file is imported again through the CLI, and says so', async () => {
    const before = await ws.db.pool.query('SELECT count(*)::int AS n FROM events');
    const { stdout, exitCode } = await cli(csv, '--rejects', path.join(ws.dir, 'again.rejects.csv'));
    expect(exitCode).toBe(1);
    expect(stdout).toContain('row 5 (reference C-004), column received_at: COMPLAINT_RECEIVED_IN_FUTURE [receivedAt]');
    expect(stdout).toMatch(/7 rows read as utf-8 in [\d.]+ s: 0 imported, 3 already imported, 4 refused/);
    expect((await ws.db.pool.query('SELECT count(*)::int AS n FROM events')).rows).toEqual(before.rows);
  });

  it('imports an XLSX file with Thai headers and date cells, once, and the complaint list shows the received dates', async () => {
    const xlsx = await writeXlsx('complaints.xlsx', [
      complaint('X-1', new Date(Date.UTC(2020, 2, 5, 9, 15)), { channel: 'มาด้วยตนเอง' }),
      complaint('X-2', new Date(Date.UTC(2019, 8, 30))),
      complaint('X-3', '5/3/2563', { categoryMain: 'NO_SUCH_CATEGORY' }),
    ]);
    const first = await importComplaints(xlsx, ws.db.pool, ws.store);
    expect(first).toMatchObject({ encoding: null, rows: 3, imported: 1, refusedRows: 2 });
    expect(refusedOf(first)).toEqual([[3, 'X-2', 'received_at', 'DATE_OUT_OF_RANGE'], [4, 'X-3', 'category_main', 'COMPLAINT_CATEGORY_UNKNOWN']]);
    expect(await importComplaints(xlsx, ws.db.pool, ws.store)).toMatchObject({ imported: 0, alreadyImported: 1, refusedRows: 2 });

    await project(ws.db.pool, ws.store, allProjections());
    const { rows } = await ws.db.pool.query(
      'SELECT complaint_id, received_at, channel FROM complaint_list ORDER BY received_at');
    expect(rows.map((r) => [r.complaint_id, (r.received_at as Date).toISOString(), r.channel])).toEqual([
      [importedComplaintId('C-001'), '2019-10-14T17:00:00.000Z', 'HOTLINE_1567'],
      [importedComplaintId('X-1'), '2020-03-05T02:15:00.000Z', 'WALK_IN'],
      [importedComplaintId('C-002'), '2023-06-01T07:30:00.000Z', 'LETTER'],
      [importedComplaintId('C-006'), '2024-02-29T03:00:00.000Z', 'WEBSITE'],
    ]);
  });
});
