import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { requireDistrict, requireProvince } from '../../geography/geography.js';
import { areaWithin, coversDistrict } from '../../identity/area-scope.js';
import { CurrentStaff } from '../../identity/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/staff-context.js';
import { DomainError } from '../../shared/domain-error.js';
import type { DebtCaseRow } from './debt-case-row.js';
import { findDebtCase, listDebtCases, MAX_PAGE } from './debt-cases.query.js';
import { DebtCaseFilter, DebtCaseListItem, DebtCasePage } from './debt-cases.types.js';

const notFound = () => new DomainError('DEBT_CASE_NOT_FOUND', 'ไม่พบเรื่องลูกหนี้นอกระบบนี้', 'There is no such debt case', 'id');

/**
 * Staff views of the informal-debt case list read model: the cases attributed now to a district of the
 * reader's area (row-level security keeps the same rule in the database). A case elsewhere is not found.
 */
@Resolver(() => DebtCaseListItem)
export class DebtCasesResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Query(() => DebtCaseListItem, { nullable: true, description: 'One informal-debt case of your area from the case list' })
  async debtCase(@CurrentStaff() staff: SignedInStaff, @Args('id') id: string): Promise<DebtCaseListItem> {
    const row = await findDebtCase(this.pool, id.trim());
    if (!row || !coversDistrict(staff, row.districtCode)) throw notFound();
    return toItem(row);
  }

  @Query(() => DebtCasePage, {
    nullable: true,
    description: 'Informal-debt cases of your area matching the filter, newest registration first, a page at a time',
  })
  async debtCases(
    @CurrentStaff() staff: SignedInStaff,
    @Args('filter', { type: () => DebtCaseFilter, nullable: true }) filter?: DebtCaseFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50, description: `1 to ${MAX_PAGE}` }) first = 50,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page' }) after?: string | null,
  ): Promise<DebtCasePage> {
    const area = areaWithin(staff, filter ?? {}, { district: 'filter.district', province: 'filter.province' });
    if (!area) return { items: [], totalCount: 0, hasNextPage: false, endCursor: null };
    const page = await listDebtCases(this.pool, { ...filter, ...area }, first, after);
    return { ...page, items: page.items.map(toItem) };
  }
}

function toItem(row: DebtCaseRow): DebtCaseListItem {
  const { mediationDate, mediationTime, mediationPlace, ...rest } = row;
  return {
    ...rest,
    districtNameTh: requireDistrict(row.districtCode).nameTh,
    provinceNameTh: requireProvince(row.provinceCode).nameTh,
    nextMediation: row.status === 'MEDIATION_SCHEDULED' && mediationDate !== null && mediationPlace !== null
      ? { date: mediationDate, time: mediationTime, place: mediationPlace }
      : null,
  };
}
