import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, PG_POOL } from '../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { AFTER_POSITION_ARG } from '../../graphql/log-position.js';
import { requireDistrict, requireProvince } from '../../geography/geography.js';
import { areaWithin, coversDistrict } from '../../identity/scope/area-scope.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { type Connection, emptyConnection, pageArgs } from '../../graphql/connection.types.js';
import { DomainError } from '../../shared/domain-error.js';
import { mapPage } from '../../shared/page.js';
import { projectionReached } from '../runner/projection-reached.js';
import { debtCaseFromLog } from './debt-case-from-log.js';
import type { DebtCaseRow } from './debt-case-row.js';
import { findDebtCase, listDebtCases, MAX_PAGE } from './debt-cases.query.js';
import { DebtCaseConnection, DebtCaseFilter, DebtCaseListItem } from './debt-cases.types.js';

const PAGE = pageArgs(50, MAX_PAGE);

const notFound = () => new DomainError('DEBT_CASE_NOT_FOUND', 'ไม่พบเรื่องลูกหนี้นอกระบบนี้', 'There is no such debt case', 'id');

/**
 * Staff views of the informal-debt case list read model: the cases attributed now to a district of the
 * reader's area (row-level security keeps the same rule in the database). A case elsewhere is not found.
 * One case the list has not reached yet is folded from its stream, so a read right after registering finds it;
 * a list read with a mutation's position waits for the list to reach it.
 */
@Resolver(() => DebtCaseListItem)
export class DebtCasesResolver {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => DebtCaseListItem, { nullable: true, description: 'One informal-debt case of your area from the case list' })
  async debtCase(
    @CurrentStaff() staff: SignedInStaff, @Args('id', { type: () => ID, description: 'The case id, e.g. DEBT-7KQ3-M2XP-AB9C' }) id: string,
  ): Promise<DebtCaseListItem> {
    const row = await findDebtCase(this.pool, id.trim()) ?? await debtCaseFromLog(this.store, id.trim());
    if (!row || !coversDistrict(staff, row.districtCode)) throw notFound();
    return toItem(row);
  }

  @Query(() => DebtCaseConnection, {
    nullable: true,
    description: 'Informal-debt cases of your area matching the filter, newest registration first, a page at a time',
  })
  async debtCases(
    @CurrentStaff() staff: SignedInStaff,
    @Args('filter', { type: () => DebtCaseFilter, nullable: true }) filter?: DebtCaseFilter | null,
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
    @Args('afterPosition', AFTER_POSITION_ARG) afterPosition?: string | null,
  ): Promise<Connection<DebtCaseListItem>> {
    await projectionReached(this.pool, 'debt-cases', afterPosition, this.config.readWaitMs);
    const area = areaWithin(staff, filter ?? {}, { district: 'filter.district', province: 'filter.province' });
    if (!area) return emptyConnection();
    const page = await listDebtCases(this.pool, { ...filter, ...area }, first, after);
    return { ...mapPage(page, toItem), totalCount: page.totalCount };
  }
}

function toItem(row: DebtCaseRow): DebtCaseListItem {
  const { mediationDate, mediationTime, mediationPlace, ...rest } = row;
  return {
    ...rest,
    registeredAt: new Date(row.registeredAt),
    lastEventAt: new Date(row.lastEventAt),
    districtNameTh: requireDistrict(row.districtCode).nameTh,
    provinceNameTh: requireProvince(row.provinceCode).nameTh,
    transferredFromDistrictNameTh: row.transferredFromDistrictCode === null ? null : requireDistrict(row.transferredFromDistrictCode).nameTh,
    nextMediation: row.status === 'MEDIATION_SCHEDULED' && mediationDate !== null && mediationPlace !== null
      ? { date: mediationDate, time: mediationTime, place: mediationPlace }
      : null,
  };
}
