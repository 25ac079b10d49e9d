import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { districtsOf, provinces } from '../../geography/geography.js';
import { coversDistrict, coversProvince, overseesAll } from '../../identity/scope/area-scope.js';
import { CurrentStaff, Requires } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { countsOf, districtRows, nationRow, provinceRows } from './district-counts.queries.js';
import { DebtCaseCounts, DistrictCountsObject, ProvinceCountsObject } from './district-counts.types.js';

/**
 * Per-district debt-case counts with province and national roll-ups; every district and province of the
 * reader's area, zeros included: a district account its district, a province account its province and its
 * districts, the centre and auditors all; the national figures are the centre's and the auditors'.
 */
@Resolver()
export class DistrictCountsResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Query(() => [DistrictCountsObject], { nullable: true, description: "Debt-case counts of each of a province's districts in your area, by district code" })
  async districtCounts(
    @CurrentStaff() staff: SignedInStaff,
    @Args('provinceCode', { type: () => String, description: '2-digit province code; Thai digits accepted' }) provinceCode: string,
  ): Promise<DistrictCountsObject[]> {
    const districts = districtsOf(provinceCode, 'provinceCode').filter((district) => coversDistrict(staff, district.code));
    if (districts.length === 0) return [];
    const rows = await districtRows(this.pool, districts[0].provinceCode);
    return districts.map((district) => ({ district, counts: countsOf(rows.get(district.code)) }));
  }

  @Query(() => [ProvinceCountsObject], { nullable: true, description: 'Debt-case counts of each province in your area (all 77 for the centre), by province code' })
  async provinceCounts(@CurrentStaff() staff: SignedInStaff): Promise<ProvinceCountsObject[]> {
    const covered = provinces().filter((province) => coversProvince(staff, province.code));
    if (covered.length === 0) return [];
    const rows = await provinceRows(this.pool);
    return covered.map((province) => ({ province, counts: countsOf(rows.get(province.code)) }));
  }

  @Requires(overseesAll)
  @Query(() => DebtCaseCounts, { nullable: true, description: 'Debt-case counts of the whole country (the centre and auditors)' })
  async nationalCounts(): Promise<DebtCaseCounts> {
    return countsOf(await nationRow(this.pool));
  }
}
