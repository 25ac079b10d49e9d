import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../../../config/config.js';
import { openDatabase } from '../../../database/database.js';
import { requirePostgresLog } from '../../../eventstore/log-features.js';
import { DomainError } from '../../../shared/domain-error.js';
import { errorLogLine } from '../../../shared/error-log-line.js';
import { toArabicDigits } from '../../../shared/thai-digits.js';
import { sealBusinessOwners } from '../../../local-authorities/businesses/seal-business-owners.js';
import { Keyring } from '../keyring.js';
import { masterKeys } from '../master-key.js';
import { PersonalDataCodec } from '../personal-data-codec.js';
import { PERSONAL_FIELD_CATALOGUE } from '../personal-field-catalogue.js';
import { sealStoredEvents } from './seal-stored-events.js';

const EXIT_FAILED = 2;

/** A batch size as typed: Arabic or Thai digits. */
function wholeNumber(value: string): number {
  const n = /^\d+$/.test(toArabicDigits(value.trim())) ? Number(toArabicDigits(value.trim())) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new InvalidArgumentError('a whole number, 1 to 100000');
  return n;
}

/**
 * `personal-data seal-log`: the one-time sealing in place of the personal fields of events stored before sealing, then
 * of the natural-person owners of the businesses registered before (migration 1088).
 */
export function personalDataCommand(): Command {
  const command = new Command('personal-data').description('personal data: sealing the fields of events stored before sealing existed');
  command.command('seal-log')
    .description('seals in place the personal fields of the events stored before, with a receipt each; resumes a run stopped midway')
    .option('--batch-size <n>', 'events per transaction', wholeNumber, 2_000)
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_FAILED))
    .action(async (options: { batchSize: number }) => {
      let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
      try {
        const config = loadConfig();
        requirePostgresLog(config, 'LOG_INTEGRITY');
        database = await openDatabase(config, { shareRunningServer: true });
        const keyring = new Keyring(database.pool, await masterKeys(config.masterKey));
        const codec = new PersonalDataCodec(keyring, PERSONAL_FIELD_CATALOGUE);
        const startedAt = Date.now();
        const run = await sealStoredEvents(database.pool, codec, Object.keys(PERSONAL_FIELD_CATALOGUE), {
          batchSize: options.batchSize,
          onBatch: ({ eventsRead, eventsSealed }) => console.error(`read ${eventsRead} events, sealed ${eventsSealed}`),
        });
        const seconds = (Date.now() - startedAt) / 1000;
        console.log(`run ${run.runId}: ${run.eventsRead} events read, ${run.eventsSealed} sealed in place in ${seconds.toFixed(1)} s; `
          + `receipts digest ${run.receiptsDigest} recorded in the log (log-reseal-${run.runId})`);
        console.log(`${await sealBusinessOwners(database.pool, keyring)} owners of registered businesses sealed in place`);
        process.exitCode = 0;
      } catch (error) {
        console.error(error instanceof DomainError
          ? `personal-data seal-log: ${error.code} ${error.messageTh} / ${error.messageEn}`
          : `personal-data seal-log: ${(error as Error)?.message ?? errorLogLine(error)}`);
        process.exitCode = EXIT_FAILED;
      } finally {
        await database?.close().catch(() => undefined);
      }
    });
  return command;
}
