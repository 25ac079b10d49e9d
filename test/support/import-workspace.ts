import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from '@jest/globals';
import ExcelJS from 'exceljs';
import { loadConfig } from '../../src/config/config.js';
import { CodecEventStore } from '../../src/eventstore/event-codec.js';
import type { EventStore } from '../../src/eventstore/event-store.port.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { personalDataCodec } from '../../src/personal-data/keys/master-key.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface CliRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

type Cell = string | number | Date | null | undefined;

/**
 * What an import spec works in: a database of its own with the PostgreSQL log, a folder for the files it writes
 * (removed after the suite), and the `import <kind>` command line run against that database. Call at the top of a
 * spec file; the fields are there from its first test on.
 */
export interface ImportWorkspace {
  readonly db: TestDatabase;
  /** The PostgreSQL log through the codec of personal data, as the service and the command line open it. */
  readonly store: EventStore;
  readonly dir: string;
  /** `npm run cli -- import <kind> <args>` against the workspace's database. */
  cli(...args: string[]): Promise<CliRun>;
  /** Writes bytes to a file of the folder and answers its path. */
  write(name: string, bytes: Buffer | string): Promise<string>;
  /** A CSV file as Excel saves UTF-8: with a byte-order mark, every cell quoted, CRLF line ends. */
  writeCsv(name: string, table: Cell[][], trailer?: string): Promise<string>;
  /** An .xlsx workbook of one worksheet. */
  writeXlsx(name: string, sheetName: string, table: Cell[][]): Promise<string>;
}

export const csvLine = (cells: readonly Cell[]) => cells.map((cell) => `"${String(cell ?? '').replace(/"/g, '""')}"`).join(',');

export function importWorkspace(kind: 'debt' | 'complaints'): ImportWorkspace {
  let db: TestDatabase;
  let store: EventStore;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    store = new CodecEventStore(new PostgresEventStore(db.pool), await personalDataCodec(loadConfig({}).masterKey, db.pool));
    dir = await fs.mkdtemp(path.join(os.tmpdir(), `damrong-import-${kind}-`));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
    await db.drop();
  });
  const write = async (name: string, bytes: Buffer | string) => {
    await fs.writeFile(path.join(dir, name), bytes);
    return path.join(dir, name);
  };
  return {
    get db() { return db; },
    get store() { return store; },
    get dir() { return dir; },
    cli: (...args) => promisify(execFile)(
      process.execPath, ['--import', '@swc-node/register/esm-register', 'src/cli.ts', 'import', kind, ...args],
      { env: { ...process.env, DATABASE_URL: db.url } },
    ).then((r) => ({ ...r, exitCode: 0 }), (e: CliRun & { code: number }) => ({ stdout: e.stdout, stderr: e.stderr, exitCode: e.code })),
    write,
    writeCsv: (name, table, trailer = '') => write(name, `\uFEFF${table.map(csvLine).join('\r\n')}${trailer}\r\n`),
    writeXlsx: async (name, sheetName, table) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(sheetName);
      for (const row of table) sheet.addRow(row.map((cell) => cell ?? null));
      await workbook.xlsx.writeFile(path.join(dir, name));
      return path.join(dir, name);
    },
  };
}
