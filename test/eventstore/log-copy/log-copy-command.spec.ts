import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InMemoryEventStore } from '../../../src/eventstore/in-memory/in-memory-event-store.js';
import { postgresCopyCheckpoint } from '../../../src/eventstore/log-copy/copy-checkpoint.js';
import { openCopyTarget } from '../../../src/eventstore/log-copy/copy-target.js';
import { KurrentDbEventStore } from '../../../src/eventstore/kurrentdb/kurrentdb-event-store.js';
import { batchSizeOf } from '../../../src/eventstore/log-copy/log-copy.js';
import { EXIT_DIFFERENT, runLogCopy, runVerifyCopy } from '../../../src/eventstore/log-copy/log-copy.run.js';
import { PostgresEventStore } from '../../../src/eventstore/postgres/postgres-event-store.js';
import { DomainError } from '../../../src/shared/domain-error.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { sourceEvent, writeSourceLog } from './source-log.js';

let db: TestDatabase;
let source: PostgresEventStore;
let total: number;
beforeAll(async () => {
  db = await createTestDatabase();
  source = new PostgresEventStore(db.pool);
  total = await writeSourceLog(source);
}, 60_000);
afterAll(() => db?.drop());

const output = () => {
  const lines = { answer: [] as string[], progress: [] as string[] };
  return { lines, out: { answer: (line: string) => lines.answer.push(line), progress: (line: string) => lines.progress.push(line) } };
};

const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? { code: error.code, field: error.field } : error;
  }
  return 'no refusal';
};

describe('log copy, as the command runs it', () => {
  it('copies with a progress line per batch, then answers both counts and digests, IDENTICAL, exit 0', async () => {
    const { lines, out } = output();
    let clock = 0;
    const target = new InMemoryEventStore();
    const code = await runLogCopy({
      source, target, checkpoint: postgresCopyCheckpoint(db.pool, 'run'), batchSize: 10, out, now: () => (clock += 1_000),
    });
    expect(code).toBe(0);
    expect(lines.progress.length).toBeGreaterThanOrEqual(Math.floor(total / 10));
    expect(lines.progress.at(-1)).toMatch(new RegExp(`^log copy: ${total} of ${total} events \\(${total} written, 0 already there\\), source position \\d+/\\d+$`));
    const [copied, ...verification] = lines.answer.join('\n').split('\n');
    expect(copied).toMatch(new RegExp(`^copied ${total} events in \\d+ appends from source position 0/0 to \\d+/\\d+: ${total} written, 0 already there$`));
    const digest = /^source: (\d+) events, sha256 ([0-9a-f]{64})$/.exec(verification[0])!;
    expect(digest[1]).toBe(String(total));
    expect(verification).toEqual([verification[0], `target: ${total} events, sha256 ${digest[2]}`, 'IDENTICAL']);

    const again = output();
    expect(await runLogCopy({ source, target, checkpoint: postgresCopyCheckpoint(db.pool, 'run'), batchSize: 10, out: again.out })).toBe(0);
    expect(again.lines.answer[0]).toMatch(/^copied 0 events in 0 appends /);
    const whole = output();
    expect(await runLogCopy({ source, target, checkpoint: postgresCopyCheckpoint(db.pool, 'run'), batchSize: 10, fromStart: true, out: whole.out })).toBe(0);
    expect(whole.lines.answer[0]).toMatch(new RegExp(`^copied ${total} events .*: 0 written, ${total} already there$`));
  });

  it('verify-copy exits 1 and names the event when the target differs', async () => {
    const target = new InMemoryEventStore();
    await runLogCopy({ source, target, checkpoint: postgresCopyCheckpoint(db.pool, 'differs'), batchSize: 100, out: output().out });
    await target.appendToStream('debt-99', [sourceEvent()], 'no-stream');
    const { lines, out } = output();
    expect(await runVerifyCopy({ source, target, batchSize: 100, out })).toBe(EXIT_DIFFERENT);
    expect(lines.answer.join('\n')).toMatch(new RegExp(`\ntarget: ${total + 1} events, sha256 [0-9a-f]{64}\n`
      + `DIFFERENT from event ${total + 1}: source nothing, target debt-99 version 1 \\(event [0-9a-f-]{36}\\); differs in streamId, version, `));
  });
});

describe('the copy target and the options', () => {
  it('knows kurrentdb only, needs KURRENTDB_URL, and opens the KurrentDB adapter at it', async () => {
    expect(refusal(() => openCopyTarget('memory', 'kurrentdb://localhost:2113?tls=false')))
      .toEqual({ code: 'LOG_COPY_TARGET_UNKNOWN', field: 'to' });
    expect(refusal(() => openCopyTarget('kurrentdb', ' '))).toEqual({ code: 'LOG_COPY_TARGET_URL_MISSING', field: 'KURRENTDB_URL' });
    expect(refusal(() => openCopyTarget('kurrentdb', undefined))).toEqual({ code: 'LOG_COPY_TARGET_URL_MISSING', field: 'KURRENTDB_URL' });
    const target = openCopyTarget('kurrentdb', ' kurrentdb://localhost:2113?tls=false ');
    expect(target.name).toBe('kurrentdb');
    expect(target.store).toBeInstanceOf(KurrentDbEventStore);
    await target.close();
  });

  it('takes a batch size from 1 to 100000', () => {
    expect([batchSizeOf('1'), batchSizeOf(' 2000 '), batchSizeOf(100_000)]).toEqual([1, 2000, 100_000]);
    for (const bad of ['0', '-5', '1.5', 'ten', '100001', '']) expect(refusal(() => batchSizeOf(bad))).toEqual({ code: 'LOG_COPY_BATCH_SIZE', field: 'batchSize' });
  });

  it('refuses from the command line with the code, in Thai and English, exit 2, before opening any database', async () => {
    const cli = (...args: string[]) => promisify(execFile)(
      process.execPath, ['--import', '@swc-node/register/esm-register', 'src/cli.ts', 'log', ...args],
      { env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', KURRENTDB_URL: '' } },
    ).then((r) => ({ ...r, exitCode: 0 }), (e: { stdout: string; stderr: string; code: number }) => ({ stdout: e.stdout, stderr: e.stderr, exitCode: e.code }));
    const [unknown, noUrl, batch] = await Promise.all([
      cli('copy', '--to', 'memory'), cli('verify-copy', '--to', 'kurrentdb'), cli('copy', '--to', 'kurrentdb', '--batch-size', '0'),
    ]);
    expect(unknown).toMatchObject({ exitCode: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/^log copy: LOG_COPY_TARGET_UNKNOWN ไม่รู้จักปลายทาง "memory" .* \/ No event log "memory" to copy to \(known: kurrentdb\)\n$/);
    expect(noUrl).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/^log verify-copy: LOG_COPY_TARGET_URL_MISSING .*KURRENTDB_URL/) });
    expect(batch).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/^log copy: LOG_COPY_BATCH_SIZE .*\(got 0\)/) });
  }, 60_000);
});
