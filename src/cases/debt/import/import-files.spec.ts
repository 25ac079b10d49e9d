import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IMPORT_COLUMNS, type ImportColumn, type ImportRow } from './import-columns.js';
import { openImportFile } from './import-files.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-import-files-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const header = (Object.keys(IMPORT_COLUMNS) as ImportColumn[]).map((c) => IMPORT_COLUMNS[c].en).join(',');

async function readAll(name: string, content: Buffer): Promise<{ rows: ImportRow[]; bytesRead: number }> {
  const file = path.join(dir, name);
  await fs.writeFile(file, content);
  let bytesRead = 0;
  const { rows } = await openImportFile(file, (n) => (bytesRead = n));
  const all: ImportRow[] = [];
  for await (const chunk of rows) all.push(...chunk);
  return { rows: all, bytesRead };
}

describe('import files', () => {
  it('reads a CSV in UTF-8 or, after its byte-order mark, in UTF-16, dropping the mark and counting the bytes read', async () => {
    const text = `\uFEFF${header}\r\n"R-1","๕/๑/๒๕๖๗ 10:30",COUNTER\r\n\r\nR-2,,"PAPER, late"\r\n`;
    for (const [name, content] of [['utf8.csv', Buffer.from(text)], ['utf16.csv', Buffer.from(text, 'utf16le')]] as const) {
      const { rows, bytesRead } = await readAll(name, content);
      expect(rows).toEqual([
        { rowNumber: 2, values: { registrationId: 'R-1', registeredAt: '๕/๑/๒๕๖๗ 10:30', channel: 'COUNTER' }, extraCells: false },
        { rowNumber: 4, values: { registrationId: 'R-2', channel: 'PAPER, late' }, extraCells: false },
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
