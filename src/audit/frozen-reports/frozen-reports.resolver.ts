import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { CLOCK, OWNER_POOL } from '../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { verifiesFrozenReports } from '../../identity/scope/area-scope.js';
import { Requires } from '../../identity/sessions/staff-access.decorators.js';
import type { Clock } from '../../shared/clock.js';
import { FrozenReportVerification } from './frozen-reports.types.js';
import { verifyFrozenReports } from './frozen-reports.verify.js';

@Resolver(() => FrozenReportVerification)
export class FrozenReportsResolver {
  constructor(
    @Inject(OWNER_POOL) private readonly owner: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Requires(verifiesFrozenReports)
  @Query(() => FrozenReportVerification, {
    nullable: true,
    description: 'Regenerates every frozen daily report and month end from the event log and names those unlike what is stored (central administrators, auditors); reads the whole log',
  })
  async frozenReportVerification(): Promise<FrozenReportVerification> {
    const checkedAt = this.clock.now();
    const { checked, matching, differing } = await verifyFrozenReports(this.owner, this.store);
    return { checkedAt, checked, matching, differing: differing.map(({ key, ...report }) => ({ ...report, day: key })) };
  }
}
