import type pg from 'pg';
import { findDistrict } from '../../geography/geography.js';
import { parseMonth } from './statistics-month.js';

export interface MapFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: number[] } | null;
  properties: {
    kind: 'complaint' | 'district';
    districtCode: string;
    districtNameTh: string | null;
    complaintId: string | null;
    status: string | null;
    category: string | null;
    count: number | null;
  };
}

/**
 * The complaints received in a month as GeoJSON: a Point per complaint with a map point ([lng, lat], WGS 84),
 * and a feature per district with its count of complaints (those without a point included), placed at the
 * mean of its complaints' points, or without geometry when none has one.
 */
export async function complaintMap(
  pool: pg.Pool,
  query: { month: string; category?: string | null; province?: string | null },
): Promise<{ type: 'FeatureCollection'; features: MapFeature[] }> {
  const { rows } = await pool.query<{
    complaint_id: string; district_code: string; status: string; category_main: string; lat: number | null; lng: number | null;
  }>(
    `SELECT complaint_id, district_code, status, category_main, lat, lng FROM complaint_statistics_cases
     WHERE month = $1 AND ($2::text IS NULL OR category_main = $2) AND ($3::text IS NULL OR province_code = $3)
     ORDER BY district_code, complaint_id`,
    [parseMonth(query.month, 'month'), query.category?.trim() || null, query.province ?? null],
  );
  const points: MapFeature[] = [];
  const districts = new Map<string, { count: number; lat: number; lng: number; located: number }>();
  for (const row of rows) {
    const district = districts.get(row.district_code) ?? { count: 0, lat: 0, lng: 0, located: 0 };
    district.count++;
    if (row.lat !== null && row.lng !== null) {
      district.lat += row.lat;
      district.lng += row.lng;
      district.located++;
      points.push(feature({ type: 'Point', coordinates: [row.lng, row.lat] }, {
        kind: 'complaint', districtCode: row.district_code, complaintId: row.complaint_id, status: row.status,
        category: row.category_main,
      }));
    }
    districts.set(row.district_code, district);
  }
  const totals = [...districts].map(([code, d]) => feature(
    d.located ? { type: 'Point', coordinates: [d.lng / d.located, d.lat / d.located] } : null,
    { kind: 'district', districtCode: code, count: d.count },
  ));
  return { type: 'FeatureCollection', features: [...totals, ...points] };
}

function feature(geometry: MapFeature['geometry'], properties: Partial<MapFeature['properties']> & Pick<MapFeature['properties'], 'kind' | 'districtCode'>): MapFeature {
  return {
    type: 'Feature',
    geometry,
    properties: {
      districtNameTh: findDistrict(properties.districtCode)?.nameTh ?? null,
      complaintId: null, status: null, category: null, count: null,
      ...properties,
    },
  };
}
