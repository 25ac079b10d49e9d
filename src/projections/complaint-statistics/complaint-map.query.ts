import type pg from 'pg';
import type { ComplaintStatus } from '../../cases/complaint/complaint.events.js';
import { findDistrict } from '../../geography/geography.js';
import { shownHolder } from './statistics-holder.js';
import { parseMonth } from './statistics-month.js';

/** Whose count a feature is: a complaint's point, or the count of a district office, a province office or the centre. */
export type MapFeatureKind = 'complaint' | 'district' | 'province' | 'central';

export interface MapFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: number[] } | null;
  properties: {
    kind: MapFeatureKind;
    districtCode: string | null;
    provinceCode: string | null;
    districtNameTh: string | null;
    complaintId: string | null;
    status: ComplaintStatus | null;
    category: string | null;
    count: number | null;
  };
}

interface HolderTotal {
  districtCode: string | null;
  provinceCode: string | null;
  count: number;
  lat: number;
  lng: number;
  located: number;
}

/**
 * The complaints received in a month as GeoJSON, by the office holding each now and within the area (a district
 * office's, or a province's with its office and districts; null: everywhere): a feature per holding office with
 * its count of complaints (those without a point included), placed at the mean of their points or without
 * geometry when none has one; then a Point per complaint with a map point ([lng, lat], WGS 84, where it happened).
 */
export async function complaintMap(
  pool: pg.Pool,
  query: { month: string; category?: string | null; area?: { district?: string | null; province?: string | null } },
): Promise<{ type: 'FeatureCollection'; features: MapFeature[] }> {
  const { rows } = await pool.query<{
    complaint_id: string; district_code: string; province_code: string; status: ComplaintStatus; category_main: string;
    lat: number | null; lng: number | null;
  }>(
    `SELECT complaint_id, district_code, province_code, status, category_main, lat, lng FROM complaint_statistics_cases
     WHERE month = $1 AND ($2::text IS NULL OR category_main = $2) AND ($3::text IS NULL OR province_code = $3)
       AND ($4::text IS NULL OR district_code = $4)
     ORDER BY province_code, district_code, complaint_id`,
    [parseMonth(query.month, 'month'), query.category?.trim() || null, query.area?.province ?? null, query.area?.district ?? null],
  );
  const points: MapFeature[] = [];
  const holders = new Map<string, HolderTotal>();
  for (const row of rows) {
    const holder = shownHolder({ districtCode: row.district_code, provinceCode: row.province_code });
    const key = `${row.province_code}|${row.district_code}`;
    const total = holders.get(key) ?? { ...holder, count: 0, lat: 0, lng: 0, located: 0 };
    total.count++;
    if (row.lat !== null && row.lng !== null) {
      total.lat += row.lat;
      total.lng += row.lng;
      total.located++;
      points.push(feature({ type: 'Point', coordinates: [row.lng, row.lat] }, {
        kind: 'complaint', ...holder, complaintId: row.complaint_id, status: row.status, category: row.category_main,
      }));
    }
    holders.set(key, total);
  }
  const totals = [...holders.values()].map((t) => feature(
    t.located ? { type: 'Point', coordinates: [t.lng / t.located, t.lat / t.located] } : null,
    { kind: t.districtCode ? 'district' : t.provinceCode ? 'province' : 'central', districtCode: t.districtCode, provinceCode: t.provinceCode, count: t.count },
  ));
  return { type: 'FeatureCollection', features: [...totals, ...points] };
}

type Given = Partial<MapFeature['properties']> & Pick<MapFeature['properties'], 'kind' | 'districtCode' | 'provinceCode'>;

function feature(geometry: MapFeature['geometry'], properties: Given): MapFeature {
  return {
    type: 'Feature',
    geometry,
    properties: {
      districtNameTh: properties.districtCode === null ? null : findDistrict(properties.districtCode)?.nameTh ?? null,
      complaintId: null, status: null, category: null, count: null,
      ...properties,
    },
  };
}
