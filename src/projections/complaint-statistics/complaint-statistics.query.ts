import type pg from 'pg';
import { requireDistrict, requireProvince } from '../../geography/geography.js';
import { DomainError } from '../../shared/domain-error.js';
import { SHOWN_DISTRICT, SHOWN_PROVINCE } from './statistics-holder.js';
import { addMonths, parseMonth } from './statistics-month.js';

export const DIMENSIONS = ['MONTH', 'PROVINCE', 'DISTRICT', 'CATEGORY'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface StatisticsQuery {
  from: string;
  to: string;
  province?: string | null;
  district?: string | null;
  category?: string | null;
  groupBy?: readonly Dimension[] | null;
}

export interface Figures {
  received: number;
  inProgress: number;
  resolved: number;
  closed: number;
  /** Resolved and not yet closed, or closed as RESOLVED. */
  solved: number;
  /** Closed as DUPLICATE or WITHDRAWN: out of the resolution rate's base. */
  setAside: number;
}

export interface StatisticsRow extends Figures {
  month: string | null;
  provinceCode: string | null;
  districtCode: string | null;
  category: string | null;
}

const COLUMN: Record<Dimension, string> = {
  MONTH: 'month',
  PROVINCE: 'province_code',
  DISTRICT: 'district_code',
  CATEGORY: 'category_main',
};
const SELECTED: Record<Dimension, string> = {
  MONTH: `to_char(month, 'YYYY-MM-DD')`, PROVINCE: SHOWN_PROVINCE('province_code'), DISTRICT: SHOWN_DISTRICT('district_code'),
  CATEGORY: 'category_main',
};
const ALIAS: Record<Dimension, keyof StatisticsRow> = {
  MONTH: 'month', PROVINCE: 'provinceCode', DISTRICT: 'districtCode', CATEGORY: 'category',
};
const MAX_MONTHS = 120;

/** Codes typed in Thai or Arabic digits, checked against the geography. */
export function areaFilter(province?: string | null, district?: string | null) {
  return {
    province: province ? requireProvince(province, 'province').code : null,
    district: district ? requireDistrict(district, 'district').code : null,
  };
}

/**
 * The counts summed over the months from..to and the filters, one row per combination of the groupBy dimensions,
 * by the office holding the complaints: a province's figures hold its office's and its districts'. Split by
 * district, a province office's row has no district, the centre's neither district nor province.
 */
export async function complaintStatistics(pool: pg.Pool, query: StatisticsQuery): Promise<StatisticsRow[]> {
  const from = parseMonth(query.from, 'from');
  const to = parseMonth(query.to, 'to');
  if (to < from || addMonths(from, MAX_MONTHS) <= to) {
    throw new DomainError(
      'STATISTICS_MONTH_RANGE',
      `ช่วงเดือนต้องเริ่มไม่หลังเดือนสุดท้าย และยาวไม่เกิน ${MAX_MONTHS} เดือน`,
      `The month range must run forward and span at most ${MAX_MONTHS} months`,
      'to',
    );
  }
  const { province: provinceFilter, district } = areaFilter(query.province, query.district);
  // A district's rows all carry its province: naming it lets the (province, month) index find them.
  const province = provinceFilter ?? (district === null ? null : requireDistrict(district, 'district').provinceCode);
  const dimensions = DIMENSIONS.filter((d) => (query.groupBy ?? ['MONTH']).includes(d));
  if (dimensions.includes('DISTRICT') && !dimensions.includes('PROVINCE')) dimensions.splice(dimensions.indexOf('DISTRICT'), 0, 'PROVINCE');
  const selected = dimensions.map((d) => `${SELECTED[d]} AS "${ALIAS[d]}", `).join('');
  const grouped = dimensions.map((d) => COLUMN[d]);
  const values: unknown[] = [from, to];
  const { table, conditions } = source(dimensions, province, district, query.category?.trim() || null, values);
  const { rows } = await pool.query(
    `SELECT ${selected}coalesce(sum(received), 0)::int AS received, coalesce(sum(in_progress), 0)::int AS "inProgress",
       coalesce(sum(resolved), 0)::int AS resolved, coalesce(sum(closed), 0)::int AS closed,
       coalesce(sum(solved), 0)::int AS solved, coalesce(sum(set_aside), 0)::int AS "setAside"
     FROM ${table}
     WHERE ${['month BETWEEN $1 AND $2', ...conditions].join(' AND ')}
     ${grouped.length ? `GROUP BY ${grouped.join(', ')} ORDER BY ${grouped.join(', ')}` : ''}`,
    values,
  );
  return rows.map((row) => ({ month: null, provinceCode: null, districtCode: null, category: null, ...row }));
}

/**
 * The narrowest table holding the rows to sum, and the conditions that pick them (their values added to
 * `values`): the district rows when districts are asked for or split by; otherwise the roll-ups, whose ''
 * stands for every province or category, so that a province or the country is a few rows a month.
 */
function source(dimensions: readonly Dimension[], province: string | null, district: string | null, category: string | null, values: unknown[]) {
  const equals = (column: string, value: string) => `${column} = $${values.push(value)}`;
  if (district !== null || dimensions.includes('DISTRICT')) {
    const filters: [string, string | null][] = [['province_code', province], ['district_code', district], ['category_main', category]];
    return {
      table: 'complaint_statistics',
      conditions: filters.flatMap(([column, value]) => (value === null ? [] : [equals(column, value)])),
    };
  }
  const level = (column: string, value: string | null, split: boolean) =>
    (value !== null ? equals(column, value) : split ? `${column} > ''` : `${column} = ''`);
  return {
    table: 'complaint_statistics_rollups',
    conditions: [level('province_code', province, dimensions.includes('PROVINCE')), level('category_main', category, dimensions.includes('CATEGORY'))],
  };
}
