import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { requireDistrict, requireProvince } from '../../geography/geography.js';
import { DomainError } from '../../shared/domain-error.js';
import type { DebtCaseRow } from './debt-case-row.js';
import { findDebtCase, listDebtCases, MAX_PAGE } from './debt-cases.query.js';
import { DebtCaseFilter, DebtCaseListItem, DebtCasePage } from './debt-cases.types.js';

/** Staff views of the informal-debt case list read model. */
@Resolver(() => DebtCaseListItem)
export class DebtCasesResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Query(() => DebtCaseListItem, { description: 'One informal-debt case from the case list' })
  async debtCase(@Args('id') id: string): Promise<DebtCaseListItem> {
    const row = await findDebtCase(this.pool, id.trim());
    if (!row) throw new DomainError('DEBT_CASE_NOT_FOUND', 'ไม่พบเรื่องลูกหนี้นอกระบบนี้', 'There is no such debt case', 'id');
    return toItem(row);
  }

  @Query(() => DebtCasePage, { description: 'Informal-debt cases matching the filter, newest registration first, a page at a time' })
  async debtCases(
    @Args('filter', { type: () => DebtCaseFilter, nullable: true }) filter?: DebtCaseFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50, description: `1 to ${MAX_PAGE}` }) first = 50,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page' }) after?: string | null,
  ): Promise<DebtCasePage> {
    const page = await listDebtCases(this.pool, filter ?? {}, first, after);
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
