/**
 * The benchmark harness (`npm run bench`); never part of `npm test`. Writes bench/results.md.
 * BENCH_ONLY=event-log,debt,… or `npm run bench -- --only admin-ui` runs some sections only (their rows replace nothing
 * else: the file holds that run, so write a partial run elsewhere with BENCH_RESULTS).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine, loadAverage } from './machine.js';
import { log } from './measure.js';
import { table, writeReport, type Row } from './report.js';
import { adminUiSection } from './sections/admin-ui.section.js';
import { commitCeilingSection } from './sections/commit-ceiling.section.js';
import { complaintsSection } from './sections/complaints.section.js';
import { complaintSearchSection } from './sections/complaint-search.section.js';
import { debtSection } from './sections/debt.section.js';
import { eventLogSection } from './sections/event-log.section.js';
import { graphqlLoadSection } from './sections/graphql-load.section.js';
import { importSection } from './sections/import.section.js';
import { kurrentdbSection } from './sections/kurrentdb.section.js';
import { localAuthoritiesSection } from './sections/local-authorities.section.js';
import { personalDataSection } from './sections/personal-data.section.js';
import { rebuildSection } from './sections/rebuild.section.js';
import type { BenchSection } from './sections/section.js';
import { createBenchDatabase, openServer } from './server.js';

const SECTIONS: BenchSection[] = [
  eventLogSection, commitCeilingSection, debtSection, graphqlLoadSection, rebuildSection, importSection, complaintsSection, complaintSearchSection,
  adminUiSection, kurrentdbSection, localAuthoritiesSection, personalDataSection,
];
/** BENCH_RESULTS writes elsewhere (a trial at small sizes must not replace the committed results). */
const RESULTS = process.env.BENCH_RESULTS ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.md');
const POOL_SIZE = 40;

/** A section's name as BENCH_ONLY and --only spell it: `admin UI` is admin-ui. */
const slug = (section: BenchSection) => section.name.toLowerCase().replace(/ /g, '-');

/** The sections BENCH_ONLY and `--only a,b` (or `--only=a,b`) name, all of them when neither is given. */
function chosen(): BenchSection[] {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === '--only' || a.startsWith('--only='));
  const fromArgs = at < 0 ? undefined : args[at].startsWith('--only=') ? args[at].slice('--only='.length) : args[at + 1];
  const only = (fromArgs ?? process.env.BENCH_ONLY)?.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (!only?.length) return SECTIONS;
  const unknown = only.filter((name) => !SECTIONS.some((s) => slug(s) === name));
  if (unknown.length) throw new Error(`--only/BENCH_ONLY: no section ${unknown.join(', ')} (${SECTIONS.map(slug).join(', ')})`);
  return SECTIONS.filter((s) => only.includes(slug(s)));
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
        const loadBefore = loadAverage();
        const result = await section.run(db.pool);
        rows.push(...result.rows);
        notes.push(`${section.name}: load average (1, 5, 15 min) at the section's start ${loadBefore}, at its end ${loadAverage()}.`);
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
