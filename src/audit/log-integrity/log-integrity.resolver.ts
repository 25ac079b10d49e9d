import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, CLOCK, OWNER_POOL } from '../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { requirePostgresLog } from '../../eventstore/log-features.js';
import { verifiesFrozenReports } from '../../identity/scope/area-scope.js';
import { Requires } from '../../identity/sessions/staff-access.decorators.js';
import { officeTitle, provinceTitle } from '../../reporting/report-figures.js';
import { normaliseCode } from '../frozen-reports/report-code.lookup.js';
import type { Clock } from '../../shared/clock.js';
import { LogVerification, ReportVerification } from './log-integrity.types.js';
import { logIsIntact, verifyLog } from './log-verification.js';
import { verifyReportByCode } from './report-verification.js';

@Resolver()
export class LogIntegrityResolver {
  constructor(
    @Inject(OWNER_POOL) private readonly owner: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Requires(verifiesFrozenReports)
  @Query(() => LogVerification, {
    nullable: true,
    description: 'Re-hashes every stream of the event log and recomputes every frozen report\'s seal; names the first broken link of each stream and every broken seal (central administrators, auditors); reads the whole log; NEEDS_POSTGRESQL_LOG on another log',
  })
  async verifyLog(): Promise<LogVerification> {
    requirePostgresLog(this.config, 'LOG_INTEGRITY');
    const checkedAt = this.clock.now();
    const result = await verifyLog(this.owner);
    return {
      checkedAt,
      intact: logIsIntact(result),
      checkedEvents: result.checkedEvents,
      brokenLinks: result.brokenLinks.map((l) => ({ ...l, globalPosition: l.globalPosition.toString() })),
      checkedSeals: result.checkedSeals,
      brokenSeals: result.brokenSeals.map((s) => ({ ...s, transactionId: s.transactionId.toString(), globalPosition: s.globalPosition.toString() })),
      brokenReseals: result.brokenReseals,
    };
  }

  /** Any signed-in staff: a paper copy reaches every office, and the answer names a day and a province, no figures and no person. */
  @Query(() => ReportVerification, {
    nullable: true,
    description: 'The frozen daily report a printed verification code names (day, province) and whether the log still matches its seal and the report its SHA-256 (any signed-in staff); UNKNOWN_VERIFICATION_CODE when none has it, NEEDS_POSTGRESQL_LOG on another log',
  })
  async verifyReport(@Args('code', { description: 'The code printed on the report: ten letters and digits, the hyphen optional' }) code: string): Promise<ReportVerification> {
    requirePostgresLog(this.config, 'REPORT_CODE_CHECK');
    const checkedAt = this.clock.now();
    const { report, ...result } = await verifyReportByCode(this.owner, this.store, code);
    return {
      code: normaliseCode(code)!,
      day: report.day,
      provinceCode: report.provinceCode,
      provinceTh: report.provinceCode && provinceTitle(report.provinceCode),
      officeTh: report.provinceCode && officeTitle(report.provinceCode),
      cutOff: report.cutOff,
      frozenAt: report.frozenAt,
      sha256: report.sha256,
      ...result,
      checkedAt,
    };
  }
}
