import { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { openDatabase, type Database } from './database.js';
import { migrationStatus, type MigrationStatus } from './migration-status.js';

/** Exit codes of `migrations status`: 0 all ran and unchanged, 1 some pending, changed or without a file, 2 no database. */
export const EXIT_NOT_CURRENT = 1;
export const EXIT_UNREACHABLE = 2;

const BANGKOK = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', {
  timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});

/** `migrations status`: each migration's version, name, when it ran (Asia/Bangkok, B.E.) and its checksum's standing. */
export function migrationsCommand(): Command {
  const migrations = new Command('migrations').description('the database schema\'s migrations');
  migrations.command('status')
    .description('lists every migration: version, name, when it ran, and OK, CHANGED (its file was edited after it ran), PENDING or NO FILE')
    .action(async () => {
      process.exitCode = await runStatus();
    });
  return migrations;
}

async function runStatus(): Promise<number> {
  let database: Database | undefined;
  try {
    database = await openDatabase(loadConfig(), { shareRunningServer: true, schemaAsIs: true });
  } catch (error) {
    console.error(`migrations status: cannot reach the database: ${(error as Error)?.message ?? error}`);
    return EXIT_UNREACHABLE;
  }
  try {
    const statuses = await migrationStatus(database.pool);
    console.log(table(statuses));
    const notCurrent = statuses.filter((s) => s.state !== 'OK');
    const counts = (['PENDING', 'CHANGED', 'NO FILE'] as const).map((state) => `${notCurrent.filter((s) => s.state === state).length} ${state.toLowerCase()}`);
    console.log(`${statuses.length} migrations: ${statuses.length - notCurrent.length} ok, ${counts.join(', ')}`);
    return notCurrent.length === 0 ? 0 : EXIT_NOT_CURRENT;
  } finally {
    await database.close();
  }
}

function table(statuses: MigrationStatus[]): string {
  const rows = [['VERSION', 'NAME', 'RAN AT (ASIA/BANGKOK, B.E.)', 'CHECKSUM'],
    ...statuses.map((s) => [String(s.version), s.name, s.ranAt ? BANGKOK.format(s.ranAt) : '-', s.state])];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n');
}
