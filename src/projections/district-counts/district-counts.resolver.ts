import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { districtsOf, provinces } from '../../geography/geography.js';
import { countsOf, districtRows, nationRow, provinceRows } from './district-counts.queries.js';
import { DebtCaseCounts, DistrictCountsObject, ProvinceCountsObject } from './district-counts.types.js';

/** Per-district debt-case counts with province and national roll-ups; every district and province, zeros included. */
@Resolver()
export class DistrictCountsResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Query(() => [DistrictCountsObject], { description: "Debt-case counts of each of a province's districts, by district code" })
  async districtCounts(
    @Args('provinceCode', { type: () => String, description: '2-digit province code; Thai digits accepted' }) provinceCode: string,
  ): Promise<DistrictCountsObject[]> {
    const districts = districtsOf(provinceCode, 'provinceCode');
    if (districts.length === 0) return [];
    const rows = await districtRows(this.pool, districts[0].provinceCode);
    return districts.map((district) => ({ district, counts: countsOf(rows.get(district.code)) }));
  }

  @Query(() => [ProvinceCountsObject], { description: 'Debt-case counts of each of the 77 provinces, by province code' })
  async provinceCounts(): Promise<ProvinceCountsObject[]> {
    const rows = await provinceRows(this.pool);
    return provinces().map((province) => ({ province, counts: countsOf(rows.get(province.code)) }));
  }

  @Query(() => DebtCaseCounts, { description: 'Debt-case counts of the whole country' })
  async nationalCounts(): Promise<DebtCaseCounts> {
    return countsOf(await nationRow(this.pool));
  }
}
