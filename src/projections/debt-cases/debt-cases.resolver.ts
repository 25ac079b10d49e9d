import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { requireDistrict, requireProvince } from '../../geography/geography.js';
import { areaWithin, coversDistrict } from '../../identity/scope/area-scope.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { type Connection, emptyConnection, pageArgs } from '../../graphql/connection.types.js';
import { DomainError } from '../../shared/domain-error.js';
import { mapPage } from '../../shared/page.js';
import type { DebtCaseRow } from './debt-case-row.js';
import { findDebtCase, listDebtCases, MAX_PAGE } from './debt-cases.query.js';
import { DebtCaseConnection, DebtCaseFilter, DebtCaseListItem } from './debt-cases.types.js';

const PAGE = pageArgs(50, MAX_PAGE);

const notFound = () => new DomainError('DEBT_CASE_NOT_FOUND', 'ไม่พบเรื่องลูกหนี้นอกระบบนี้', 'There is no such debt case', 'id');

/**
 * Staff views of the informal-debt case list read model: the cases attributed now to a district of the
 * reader's area (row-level security keeps the same rule in the database). A case elsewhere is not found.
 */
@Resolver(() => DebtCaseListItem)
export class DebtCasesResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Query(() => DebtCaseListItem, { nullable: true, description: 'One informal-debt case of your area from the case list' })
  async debtCase(
    @CurrentStaff() staff: SignedInStaff, @Args('id', { type: () => ID, description: 'The case id, e.g. DEBT-7KQ3-M2XP-AB9C' }) id: string,
  ): Promise<DebtCaseListItem> {
    const row = await findDebtCase(this.pool, id.trim());
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
  ): Promise<Connection<DebtCaseListItem>> {
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
    nextMediation: row.status === 'MEDIATION_SCHEDULED' && mediationDate !== null && mediationPlace !== null
      ? { date: mediationDate, time: mediationTime, place: mediationPlace }
      : null,
  };
}
