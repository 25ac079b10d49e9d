import type { AppConfig } from '../config/config.js';
import { DomainError } from '../shared/domain-error.js';
import { innermostLog } from './event-codec.js';
import type { EventStore } from './event-store.port.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

export type LogFeatureKey = 'LOG_INTEGRITY' | 'REPORT_CODE_CHECK' | 'REPORT_SEALS' | 'COMMAND_LINE_LOG' | 'GAPLESS_NUMBERS';

/** A feature that works on the PostgreSQL log only, and is off with any other EVENT_STORE. */
export interface LogFeature {
  key: LogFeatureKey;
  th: string;
  en: string;
  /** What of the PostgreSQL log it needs. */
  needs: string;
  /** Where it is reached: GraphQL queries, command-line commands, jobs. */
  where: string;
  /** The logs it is off with, when not every log but PostgreSQL's. */
  offWith?: readonly AppConfig['eventStore'][];
}

const FEATURES: readonly LogFeature[] = [
  {
    key: 'LOG_INTEGRITY',
    th: 'การตรวจสอบความถูกต้องของบันทึกเหตุการณ์ (ห่วงโซ่ค่าแฮชและตราผนึก)',
    en: 'hash chain and seal verification',
    needs: 'the hash each event gets from the trigger events_hash of the events table, and the seal functions (migrations 600, 601)',
    where: 'verifyLog, verify log',
  },
  {
    key: 'REPORT_CODE_CHECK',
    th: 'การตรวจสอบรายงานด้วยรหัส',
    en: 'report check by printed code',
    needs: 'the report\'s seal of the log and the hash chains up to its position',
    where: 'verifyReport',
  },
  {
    key: 'REPORT_SEALS',
    th: 'ตราผนึกบันทึกเหตุการณ์ของรายงานประจำวัน',
    en: 'daily report seals',
    needs: 'the hashes of the events table, read by the trigger daily_mediation_reports_seal (migration 602)',
    where: 'the 15:00 freeze stores reports unsealed',
  },
  {
    key: 'COMMAND_LINE_LOG',
    th: 'คำสั่งทางบรรทัดคำสั่งที่อ่านหรือเขียนบันทึกเหตุการณ์',
    en: 'command-line log access',
    needs: 'a log the command-line process opens itself: the events table of the service\'s database, or KurrentDB',
    where: 'import debt, admin create, projections, reports verify, verify report',
    offWith: ['memory'],
  },
  {
    key: 'GAPLESS_NUMBERS',
    th: 'การออกเลขที่ใบเสร็จรับเงินและใบอนุญาตโดยไม่ข้ามเลข',
    en: 'receipt and permit numbers without gaps',
    needs: 'the transaction that appends the event, shared with the counter row it takes the number from (PostgresEventStore.within)',
    where: 'recordLeafletFeePaid, issueLeafletPermit, reconcileBillPayments, payments reconcile',
  },
];

/** Every feature that needs the PostgreSQL log, whatever the configuration. */
export function postgresOnlyFeatures(): readonly LogFeature[] {
  return FEATURES;
}

const featureOf = (key: LogFeatureKey): LogFeature => FEATURES.find((f) => f.key === key)!;

/** The log is PostgreSQL's (EVENT_STORE=postgres): every feature is on. */
export const hasPostgresLog = (config: Pick<AppConfig, 'eventStore'>): boolean => config.eventStore === 'postgres';

/** The features this configuration turns off: none on the PostgreSQL log; on any other, those it leaves off. */
export function featuresOff(config: Pick<AppConfig, 'eventStore'>): readonly LogFeature[] {
  if (hasPostgresLog(config)) return [];
  return FEATURES.filter((f) => f.offWith?.includes(config.eventStore) ?? true);
}

/** The one start-up line naming the features off and why; undefined when none is. */
export function featuresOffLine(config: Pick<AppConfig, 'eventStore'>): string | undefined {
  const off = featuresOff(config);
  if (off.length === 0) return undefined;
  return `EVENT_STORE=${config.eventStore}: ${off.map((f) => `${f.en} (${f.where})`).join(', ')} need EVENT_STORE=postgres and are off`;
}

/** A feature asked for while the service's log is not PostgreSQL's. */
export class NeedsPostgresLogError extends DomainError {
  constructor(readonly feature: LogFeature, eventStore: string) {
    super(
      'NEEDS_POSTGRESQL_LOG',
      `${feature.th} ใช้ได้เฉพาะเมื่อเก็บบันทึกเหตุการณ์ใน PostgreSQL (EVENT_STORE=postgres) แต่ระบบนี้ตั้งค่า EVENT_STORE=${eventStore}`,
      `${feature.en} needs the PostgreSQL event log (EVENT_STORE=postgres); this service runs with EVENT_STORE=${eventStore}`,
    );
  }
}

/** Refuses the feature, NEEDS_POSTGRESQL_LOG, when this configuration turns it off. */
export function requirePostgresLog(config: Pick<AppConfig, 'eventStore'>, key: LogFeatureKey): void {
  const feature = featureOf(key);
  if (featuresOff(config).includes(feature)) throw new NeedsPostgresLogError(feature, config.eventStore);
}

/**
 * The log is the `events` table of the service's database: SQL on that database may read it (in the same statement
 * as a read model, past the horizon readAll keeps) and its triggers hash and seal it. Any other store is read
 * through the port only.
 */
export const keepsLogInEventsTable = (store: EventStore): boolean => innermostLog(store) instanceof PostgresEventStore;
