import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { scopeKey } from '../../database/request-scope.js';
import { districtsOf, provinces } from '../../geography/geography.js';
import { coversDistrict, coversProvince, overseesAll } from '../../identity/scope/area-scope.js';
import { CurrentStaff, Requires } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { districtTransfers, nationTransfers, provinceTransfers } from './district-transfers.queries.js';
import { countsOf, districtRows, nationRow, provinceRows } from './district-counts.queries.js';
import { DebtCaseCounts, DistrictCountsObject, ProvinceCountsObject } from './district-counts.types.js';
import { ReadModelChanges } from '../runner/read-model-changes.js';

/** The projections whose tables the counts are read from. */
const COUNT_PROJECTIONS = ['district-counts', 'district-transfers'];

/**
 * Per-district debt-case counts with province and national roll-ups; every district and province of the
 * reader's area, zeros included: a district account its district, a province account its province and its
 * districts, the centre and auditors all; the national figures are the centre's and the auditors'. Beside them the
 * moves in and out of each area (district_transfers).
 */
@Resolver()
export class DistrictCountsResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool, @Inject(ReadModelChanges) private readonly changes: ReadModelChanges) {}

  /** The rows and moves as the reader's scope sees them, kept until either projection changes (ReadModelChanges). */
  private read<T>(what: string, read: () => Promise<T>): Promise<T> {
    return this.changes.read(COUNT_PROJECTIONS, `${scopeKey()}|${what}`, read);
  }

  @Query(() => [DistrictCountsObject], { nullable: true, description: "Debt-case counts of each of a province's districts in your area, by district code" })
  async districtCounts(
    @CurrentStaff() staff: SignedInStaff,
    @Args('provinceCode', { type: () => String, description: '2-digit province code; Thai digits accepted' }) provinceCode: string,
  ): Promise<DistrictCountsObject[]> {
    const districts = districtsOf(provinceCode, 'provinceCode').filter((district) => coversDistrict(staff, district.code));
    if (districts.length === 0) return [];
    const province = districts[0].provinceCode;
    const [rows, moves] = await this.read(`districts:${province}`, () => Promise.all([districtRows(this.pool, province), districtTransfers(this.pool, province)]));
    return districts.map((district) => ({ district, counts: countsOf(rows.get(district.code), moves.get(district.code)) }));
  }

  @Query(() => [ProvinceCountsObject], { nullable: true, description: 'Debt-case counts of each province in your area (all 77 for the centre), by province code' })
  async provinceCounts(@CurrentStaff() staff: SignedInStaff): Promise<ProvinceCountsObject[]> {
    const covered = provinces().filter((province) => coversProvince(staff, province.code));
    if (covered.length === 0) return [];
    const [rows, moves] = await this.read('provinces', () => Promise.all([provinceRows(this.pool), provinceTransfers(this.pool)]));
    return covered.map((province) => ({ province, counts: countsOf(rows.get(province.code), moves.get(province.code)) }));
  }

  @Requires(overseesAll)
  @Query(() => DebtCaseCounts, { nullable: true, description: 'Debt-case counts of the whole country (the centre and auditors)' })
  async nationalCounts(): Promise<DebtCaseCounts> {
    const [row, moves] = await this.read('nation', () => Promise.all([nationRow(this.pool), nationTransfers(this.pool)]));
    return countsOf(row, moves);
  }
}
