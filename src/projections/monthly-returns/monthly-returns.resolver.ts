import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { type Connection, emptyConnection, pageArgs } from '../../graphql/connection.types.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { returnListArea } from '../../local-authorities/levy-access.js';
import { parseAuthorityCode } from '../../local-authorities/local-authority.decider.js';
import { baht, periodTh } from '../../local-authorities/monthly-returns/monthly-return-detail.js';
import { parsePeriod } from '../../local-authorities/monthly-returns/monthly-return.decider.js';
import type { FilingChannel, ReturnKind, ReturnStatus } from '../../local-authorities/monthly-returns/monthly-return.events.js';
import { mapPage } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import type { MonthlyReturnRow } from './monthly-return-row.js';
import { listMonthlyReturns } from './monthly-returns.query.js';
import { MonthlyReturnConnection, MonthlyReturnFilter, MonthlyReturnListItem } from './monthly-returns.types.js';

const PAGE = pageArgs(50, 200);

/**
 * The monthly-return list of a PAO: the returns of the businesses in the reader's area (a district account: those
 * located in its district; the PAO's own revenue staff: all of it), latest month first. Row-level security keeps the same rule in the database.
 */
@Resolver(() => MonthlyReturnListItem)
export class MonthlyReturnsResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Query(() => MonthlyReturnConnection, { nullable: true, description: "A PAO's monthly returns in your area, filtered by month, levy and status" })
  async monthlyReturns(
    @CurrentStaff() staff: SignedInStaff,
    @Args('filter', { type: () => MonthlyReturnFilter }) filter: MonthlyReturnFilter,
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<MonthlyReturnListItem>> {
    const size = pageSize(first, 200);
    const code = parseAuthorityCode(filter.authorityCode, 'filter.authorityCode');
    const period = filter.period ? parsePeriod(filter.period) : null;
    const area = returnListArea(staff, code);
    if (!area) return emptyConnection();
    const page = await listMonthlyReturns(this.pool, {
      authorityCode: code, ...area, period, kind: filter.kind ?? null, status: filter.status ?? null,
    }, size, after);
    return { ...mapPage(page, toMonthlyReturnListItem), totalCount: page.totalCount };
  }
}

export function toMonthlyReturnListItem(row: MonthlyReturnRow): MonthlyReturnListItem {
  return {
    id: row.returnId, authorityCode: row.authorityCode, businessNo: row.businessNo, businessName: row.businessName, kind: row.kind as ReturnKind,
    period: row.period, periodTh: periodTh(row.period), version: row.returnVersion, status: row.status as ReturnStatus,
    channel: row.channel as FilingChannel, filedOn: row.filedOn, dueOn: row.dueOn, monthsLate: row.monthsLate, levy: baht(row.levySatang),
    surcharge: baht(row.surchargeSatang), billed: baht(row.billedSatang), overpaid: baht(row.overpaidSatang),
    paid: baht(row.paidSatang), lastPaidAt: row.lastPaidAt ? new Date(row.lastPaidAt) : null, lastReceiptNumber: row.lastReceiptNumber, lastRef1: row.lastRef1, lastRef2: row.lastRef2,
    lastPayBy: row.lastPayBy,
  };
}
