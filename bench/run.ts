/**
 * The benchmark harness (`npm run bench`); never part of `npm test`. Writes bench/results.md.
 * BENCH_ONLY=event-log,debt,… runs some sections only (their rows replace nothing else: the file holds that run).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './machine.js';
import { log } from './measure.js';
import { table, writeReport, type Row } from './report.js';
import { complaintsSection } from './sections/complaints.section.js';
import { debtSection } from './sections/debt.section.js';
import { eventLogSection } from './sections/event-log.section.js';
import { importSection } from './sections/import.section.js';
import type { BenchSection } from './sections/section.js';
import { createBenchDatabase, openServer } from './server.js';

const SECTIONS: BenchSection[] = [eventLogSection, debtSection, importSection, complaintsSection];
/** BENCH_RESULTS writes elsewhere (a trial at small sizes must not replace the committed results). */
const RESULTS = process.env.BENCH_RESULTS ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.md');
const POOL_SIZE = 40;

function chosen(): BenchSection[] {
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!only) return SECTIONS;
  const unknown = only.filter((name) => !SECTIONS.some((s) => s.name.replace(/ /g, '-') === name));
  if (unknown.length) throw new Error(`BENCH_ONLY: no section ${unknown.join(', ')} (${SECTIONS.map((s) => s.name.replace(/ /g, '-')).join(', ')})`);
  return SECTIONS.filter((s) => only.includes(s.name.replace(/ /g, '-')));
}

async function main(): Promise<void> {
  const sections = chosen();
  const server = await openServer();
  process.once('SIGINT', () => void server.stop().finally(() => process.exit(130)));
  try {
    const rows: Row[] = [];
    const notes: string[] = [];
    let machine: Awaited<ReturnType<typeof describeMachine>> | undefined;
    for (const section of sections) {
      const db = await createBenchDatabase(server.adminUrl, POOL_SIZE);
      try {
        machine ??= await describeMachine(db.pool, server.kind);
        log(`${section.name}: database ${db.name}`);
        const result = await section.run(db.pool);
        rows.push(...result.rows);
        notes.push(...result.notes.map((n) => `${section.name}: ${n}`));
      } finally {
        await db.drop();
      }
    }
    console.log(`\n${table(rows)}\n`);
    await writeReport(RESULTS, machine!, rows, notes);
    log(`wrote ${RESULTS}`);
  } finally {
    await server.stop();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
