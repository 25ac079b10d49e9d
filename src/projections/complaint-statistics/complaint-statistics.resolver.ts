import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { checkCategoryFilter } from '../../cases/complaint/categories/complaint-categories.enums.js';
import { findDistrict, findProvince } from '../../geography/geography.js';
import { PG_POOL } from '../../database/database.module.js';
import { areaWithin } from '../../identity/scope/area-scope.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { complaintMap } from './complaint-map.query.js';
import { areaFilter, complaintStatistics, type Dimension } from './complaint-statistics.query.js';
import { CORRECTION_COLUMNS } from './complaint-month-end.body.js';
import type { CorrectionRow } from './complaint-month-end.corrections.js';
import {
  ComplaintMapObject, ComplaintMonthEndCorrectionRow, ComplaintMonthEndRow, ComplaintStatisticsRow, DimensionEnum,
} from './complaint-statistics.types.js';
import { rated } from './resolution-rate.js';
import { shownHolder } from './statistics-holder.js';
import { monthTh, parseMonth } from './statistics-month.js';

const MONTH = 'MM/YYYY or YYYY-MM, Buddhist or Common Era, Thai digits accepted';
const CODE = { type: () => String, nullable: true };

/**
 * Complaint statistics by district, province, category and month; month-end figures; the complaint map. Each
 * of the reader's area, by the office holding the complaints now (a forward moves them): a district account its
 * district office's, a province account its province office's and districts', the centre and auditors all,
 * the centre's own included (row-level security keeps the same rule).
 */
@Resolver(() => ComplaintStatisticsRow)
export class ComplaintStatisticsResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Query(() => [ComplaintStatisticsRow], { nullable: true, description: 'Complaints received in the months from..to, by where they stand now' })
  async complaintStatistics(
    @CurrentStaff() staff: SignedInStaff,
    @Args('from', { description: `First month, ${MONTH}` }) from: string,
    @Args('to', { description: `Last month, ${MONTH}` }) to: string,
    @Args('province', { ...CODE, description: 'Only those held in this province (its office and districts)' }) province?: string | null,
    @Args('district', { ...CODE, description: 'Only those held by this district office' }) district?: string | null,
    @Args('category', { ...CODE, description: 'Only this main category' }) category?: string | null,
    @Args('groupBy', { type: () => [DimensionEnum], nullable: true, description: 'Default: by month' }) groupBy?: Dimension[] | null,
  ): Promise<ComplaintStatisticsRow[]> {
    checkCategoryFilter(category, null, { main: 'category' });
    const area = areaWithin(staff, { province, district });
    if (!area) return [];
    const rows = await complaintStatistics(this.pool, { from, to, ...area, category, groupBy });
    return rows.map((row) => ({
      ...rated(row),
      month: row.month && row.month.slice(0, 7),
      monthTh: row.month && monthTh(row.month),
      provinceCode: row.provinceCode,
      provinceNameTh: row.provinceCode && (findProvince(row.provinceCode)?.nameTh ?? null),
      districtCode: row.districtCode,
      districtNameTh: row.districtCode && (findDistrict(row.districtCode)?.nameTh ?? null),
      category: row.category,
    }));
  }

  @Query(() => [ComplaintMonthEndRow], {
    nullable: true,
    description: 'The month-end figures of each office, as frozen when the month ended; solved, set aside and the rate '
      + 'null for months frozen before those were counted (migration 134)',
  })
  async complaintMonthEnd(
    @CurrentStaff() staff: SignedInStaff,
    @Args('month', { description: MONTH }) month: string,
    @Args('province', CODE) province?: string | null,
    @Args('district', CODE) district?: string | null,
  ): Promise<ComplaintMonthEndRow[]> {
    const within = areaWithin(staff, { province, district });
    if (!within) return [];
    const area = areaFilter(within.province, within.district);
    const { rows } = await this.pool.query(
      `SELECT to_char(e.month, 'YYYY-MM-DD') AS month, e.province_code, e.district_code, e.category_main, e.received_in_month,
         e.received, e.in_progress, e.resolved, e.closed, e.solved, e.set_aside, f.counts_solved, f.frozen_at
       FROM complaint_month_end e JOIN complaint_month_end_frozen f USING (month)
       WHERE e.month = $1 AND ($2::text IS NULL OR e.province_code = $2) AND ($3::text IS NULL OR e.district_code = $3)
       ORDER BY e.province_code, e.district_code, e.category_main`,
      [parseMonth(month, 'month'), area.province, area.district],
    );
    return rows.map((row) => {
      const holder = shownHolder({ districtCode: row.district_code, provinceCode: row.province_code });
      return {
        ...rated({
          received: row.received, inProgress: row.in_progress, resolved: row.resolved, closed: row.closed,
          solved: row.counts_solved ? row.solved : null, setAside: row.counts_solved ? row.set_aside : null,
        }),
        month: row.month.slice(0, 7), monthTh: monthTh(row.month), ...holder,
        districtNameTh: holder.districtCode && (findDistrict(holder.districtCode)?.nameTh ?? null),
        category: row.category_main, receivedInMonth: row.received_in_month, frozenAt: row.frozen_at,
      };
    });
  }

  @Query(() => [ComplaintMonthEndCorrectionRow], {
    nullable: true,
    description: 'The corrections a month end lists: complaints of earlier, frozen months keyed in after the month before was '
      + 'frozen, by the month they change, office and category; none for months frozen before migration 770',
  })
  async complaintMonthEndCorrections(
    @CurrentStaff() staff: SignedInStaff,
    @Args('month', { description: `The month end listing them, ${MONTH}` }) month: string,
    @Args('province', CODE) province?: string | null,
    @Args('district', CODE) district?: string | null,
  ): Promise<ComplaintMonthEndCorrectionRow[]> {
    const within = areaWithin(staff, { province, district });
    if (!within) return [];
    const area = areaFilter(within.province, within.district);
    const first = parseMonth(month, 'month');
    const { rows } = await this.pool.query<CorrectionRow>(
      `SELECT ${CORRECTION_COLUMNS} FROM complaint_month_end_correction
       WHERE month = $1 AND ($2::text IS NULL OR province_code = $2) AND ($3::text IS NULL OR district_code = $3)
       ORDER BY corrected_month, province_code, district_code, category_main`,
      [first, area.province, area.district],
    );
    return rows.map((row) => {
      const holder = shownHolder({ districtCode: row.districtCode, provinceCode: row.provinceCode });
      return {
        ...rated(row), month: first.slice(0, 7), monthTh: monthTh(first),
        correctedMonth: row.correctedMonth.slice(0, 7), correctedMonthTh: monthTh(row.correctedMonth), ...holder,
        districtNameTh: holder.districtCode && (findDistrict(holder.districtCode)?.nameTh ?? null), category: row.categoryMain,
      };
    });
  }

  @Query(() => ComplaintMapObject, { nullable: true, description: 'The complaints received in a month on a map (GeoJSON), by the office holding them' })
  async complaintMap(
    @CurrentStaff() staff: SignedInStaff,
    @Args('month', { description: MONTH }) month: string,
    @Args('category', { ...CODE, description: 'Only this main category' }) category?: string | null,
    @Args('province', CODE) province?: string | null,
  ): Promise<ComplaintMapObject> {
    checkCategoryFilter(category, null, { main: 'category' });
    const area = areaWithin(staff, { province });
    if (!area) return { type: 'FeatureCollection', features: [] };
    return complaintMap(this.pool, { month, category, area });
  }
}
