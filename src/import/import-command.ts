import { Command, Option } from 'commander';
import type pg from 'pg';
import type { EventStore } from '../eventstore/event-store.port.js';
import { EXIT_FAILED, positiveInteger, runImportCli, type ImportOutcome } from './import-cli.js';
import { IMPORT_ENCODINGS, type ImportEncoding } from './import-encoding.js';
import { withProjectionsFollowing } from './import-projections.js';
import { defaultRejectsFile } from './import-rejects.js';
import type { ImportProgress } from './import-table.js';

/** What every import takes from the command line, whatever it imports. */
export interface ImportRunOptions {
  batchSize: number;
  encoding: ImportEncoding | undefined;
  dryRun: boolean;
  rejectsFile: string;
  onProgress: (progress: ImportProgress) => void;
}

interface CommandOptions {
  batchSize: number;
  encoding?: ImportEncoding;
  dryRun?: boolean;
  rejects?: string;
}

/** One import command: its name and words, how it imports a file, and how its summary is told. */
export interface ImportCommandSpec<S> {
  name: string;
  loggerName: string;
  description: string;
  fileDescription: string;
  /** What one write holds, for the --batch-size help: "complaints", "registrations". */
  batchUnit: string;
  /**
   * The projections whose read models the import's rules read past their checkpoints (the debt case list for the
   * open-case rule): caught up before the file is read and following the log while it is (import-projections.ts).
   */
  follows?: readonly string[];
  run: (file: string, pool: pg.Pool, store: EventStore, options: ImportRunOptions) => Promise<S>;
  outcome: (summary: S, seconds: number) => ImportOutcome;
}

/**
 * `import <name> <file>`: the options every import shares (batch size, encoding, dry run, rejects file), a progress
 * bar on stderr and the report on stdout. Exit codes: 0 everything imported (or imported before), 1 some refused,
 * 2 nothing could be done.
 */
export function importCommand<S>(spec: ImportCommandSpec<S>): Command {
  return new Command(spec.name)
    .description(spec.description)
    .argument('<file>', spec.fileDescription)
    .option('--batch-size <n>', `${spec.batchUnit} per write`, positiveInteger, 1000)
    .addOption(new Option('--encoding <name>', 'the CSV file\'s encoding, instead of the one found').choices(IMPORT_ENCODINGS))
    .option('--dry-run', 'read, decide and check everything, and store nothing')
    .option('--rejects <file>', 'where to write the refused rows (default: <name>.rejects.csv beside the file)')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_FAILED))
    .action(async (file: string, options: CommandOptions) => {
      process.exitCode = await runImportCli(spec.loggerName,
        (pool, store, onProgress, log) => withProjectionsFollowing(pool, store, spec.follows ?? [], () => spec.run(file, pool, store, {
          batchSize: options.batchSize, encoding: options.encoding, dryRun: options.dryRun ?? false,
          rejectsFile: options.rejects ?? defaultRejectsFile(file), onProgress,
        }), log),
        spec.outcome);
    });
}

/** The lines a report ends with, whatever was imported: where the refused rows went, and a dry run said. */
export function reportEnding(summary: { rejectsFile: string | null; dryRun: boolean }): string[] {
  return [
    ...(summary.rejectsFile ? [`refused rows written to ${summary.rejectsFile}: fix them there and import that file`] : []),
    ...(summary.dryRun ? ['dry run: nothing stored'] : []),
  ];
}
