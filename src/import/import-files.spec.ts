import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { IMPORT_COLUMNS, type ImportColumn, type ImportRow } from '../cases/debt/import/import-columns.js';
import type { ImportEncoding } from './import-encoding.js';
import { openImportFile } from './import-files.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-import-files-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const header = (Object.keys(IMPORT_COLUMNS) as ImportColumn[]).map((c) => IMPORT_COLUMNS[c].en).join(',');
const thaiHeader = (Object.keys(IMPORT_COLUMNS) as ImportColumn[]).map((c) => IMPORT_COLUMNS[c].th).join(',');

async function readAll(name: string, content: Buffer, encoding?: ImportEncoding) {
  const file = path.join(dir, name);
  await fs.writeFile(file, content);
  let bytesRead = 0;
  const opened = await openImportFile(file, IMPORT_COLUMNS, { encoding, onBytes: (n) => (bytesRead = n) });
  const rows: ImportRow[] = [];
  for await (const chunk of opened.rows) rows.push(...chunk);
  return { rows, bytesRead, encoding: opened.encoding, headers: opened.headers() };
}

/** Bytes as Excel on Thai Windows saves them ("CSV"): Windows-874. */
const windows874 = (text: string) => iconv.encode(text, 'windows-874');

describe('import files', () => {
  it('reads a CSV in UTF-8 or, after its byte-order mark, in UTF-16, dropping the mark and counting the bytes read', async () => {
    const text = `\uFEFF${header}\r\n"R-1","๕/๑/๒๕๖๗ 10:30",COUNTER\r\n\r\nR-2,,"PAPER, late"\r\n`;
    for (const [name, content] of [['utf8.csv', Buffer.from(text)], ['utf16.csv', Buffer.from(text, 'utf16le')]] as const) {
      const { rows, bytesRead } = await readAll(name, content);
      expect(rows).toEqual([
        { rowNumber: 2, values: { registrationId: 'R-1', registeredAt: '๕/๑/๒๕๖๗ 10:30', channel: 'COUNTER' }, extraCells: false,
          cells: ['R-1', '๕/๑/๒๕๖๗ 10:30', 'COUNTER'] },
        { rowNumber: 4, values: { registrationId: 'R-2', channel: 'PAPER, late' }, extraCells: false, cells: ['R-2', '', 'PAPER, late'] },
      ]);
      expect(bytesRead).toBe(content.length);
    }
  });

  it('reads a file larger than one chunk of the stream, its records cut anywhere', async () => {
    const line = (n: number) => `R-${n},2024-01-05T09:00:00+07:00,"COUNTER",,,,นาย,"ชื่อ${n}\nบรรทัดสอง"`;
    const count = 5000;
    const { rows } = await readAll('big.csv', Buffer.from([header, ...Array.from({ length: count }, (_, i) => line(i))].join('\n')));
    expect(rows).toHaveLength(count);
    expect(rows[count - 1]).toMatchObject({ rowNumber: count + 1, values: { registrationId: `R-${count - 1}`, firstName: `ชื่อ${count - 1}\nบรรทัดสอง` } });
  });

  it('refuses a file with a misplaced or unclosed quote, naming the row, and reads no row of it as data', async () => {
    for (const [name, text] of [['stray.csv', `${header}\nR-1,COUNTER\nR-2,"PA"PER\n`], ['open.csv', `${header}\nR-1,"COUNTER\n`]]) {
      const reading = readAll(name, Buffer.from(text));
      await expect(reading).rejects.toMatchObject({ code: 'IMPORT_CSV_MALFORMED', field: 'file' });
      await expect(reading).rejects.toThrow(/row [23]/);
    }
  });

  it('refuses a file that is neither .csv nor .xlsx', async () => {
    await expect(readAll('export.txt', Buffer.from(header))).rejects.toMatchObject({ code: 'IMPORT_FILE_TYPE', field: 'file' });
  });
});

describe('the encoding of a CSV file', () => {
  const names = 'R-1,2024-01-05,COUNTER,,,,นาง,สมศรี,ใจดี\r\nR-2,2024-01-05,COUNTER,,,,นาย,"ทองคำ, เงินดี",มั่งมี\r\n';

  it('reads Windows-874 as Excel on Thai Windows saves it, with English or Thai headers, and says so', async () => {
    for (const [name, top] of [['en.csv', header], ['th.csv', thaiHeader]]) {
      const { rows, encoding, headers } = await readAll(name, windows874(`${top}\r\n${names}`));
      expect(encoding).toBe('windows-874');
      expect(headers).toEqual(top.split(','));
      expect(rows.map((r) => r.values)).toEqual([
        { registrationId: 'R-1', registeredAt: '2024-01-05', channel: 'COUNTER', title: 'นาง', firstName: 'สมศรี', lastName: 'ใจดี' },
        { registrationId: 'R-2', registeredAt: '2024-01-05', channel: 'COUNTER', title: 'นาย', firstName: 'ทองคำ, เงินดี', lastName: 'มั่งมี' },
      ]);
    }
    expect((await readAll('utf8.csv', Buffer.from(`${header}\r\n${names}`))).encoding).toBe('utf-8');
  });

  it('refuses a file with bytes valid neither as UTF-8 nor as Thai Windows-874, naming the line and the byte offset', async () => {
    const before = `${header}\nR-1,2024-01-05,COUNTER,,,,นาง,สม\nR-2,`;
    const files: [Buffer, string][] = [
      [Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0x0a])]), 'utf-8'], // a stray byte after UTF-8 Thai
      [Buffer.from(`${before}\uFFFD\uFFFD\n`), 'utf-8'], // text an earlier conversion lost
      [Buffer.concat([windows874(before), Buffer.from([0xdb, 0x0a])]), 'windows-874'], // Windows-874 but for 0xDB, undefined
    ];
    for (const [i, [content, encoding]] of files.entries()) {
      const reading = readAll(`bad-${i}.csv`, content);
      await expect(reading).rejects.toMatchObject({ code: 'IMPORT_ENCODING_INVALID', field: 'file' });
      const offset = (encoding === 'utf-8' ? Buffer.from(before) : windows874(before)).length;
      await expect(reading).rejects.toThrow(`${encoding} at line 3 (byte offset ${offset})`);
    }
  });

  it('reads the encoding given instead of the one found, and refuses bytes not valid in it', async () => {
    const ambiguous = windows874(`${header}\r\nR-1,,,,,,,ยก\r\n`); // ยก is C2 A1 in Windows-874, ¡ in UTF-8
    expect((await readAll('found.csv', ambiguous)).rows[0].values.firstName).toBe('¡');
    expect((await readAll('given.csv', ambiguous, 'windows-874')).rows[0].values.firstName).toBe('ยก');
    const thai = windows874(`${header}\r\nR-1,,,,,,,สมศรี €\r\n`);
    await expect(readAll('utf8-given.csv', thai, 'utf-8')).rejects.toThrow(/utf-8 at line 2/);
    await expect(readAll('tis-given.csv', thai, 'tis-620')).rejects.toThrow(/tis-620 at line 2 \(byte offset \d+\)/);
    expect((await readAll('tis-ok.csv', thai.subarray(0, -4), 'tis-620')).rows[0].values.firstName).toBe('สมศรี');
    await expect(readAll('export.xlsx', Buffer.alloc(0), 'utf-8')).rejects.toMatchObject({ code: 'IMPORT_ENCODING_NOT_CSV' });
  });
});
