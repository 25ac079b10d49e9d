import { bangkokDateOf, bangkokStartOf, parseDateInput, parseInstant, requireDateWithin } from '../../shared/date-input.js';
import { requireText } from '../../shared/text-input.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import { complaintErrors } from './complaint-errors.js';

/**
 * Complaint input that the shared helpers (text-input, date-input, phone, choice) do not cover: text that
 * keeps its line breaks, the received date, and map points.
 */

/** Descriptions and notes: as the shared requireText (same codes and limits) but keeping line breaks. */
export function requireLongText(input: string | null | undefined, field: string, maxLength: number): string {
  requireText(input, field, maxLength);
  return String(input)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** As requireLongText, or null when blank. */
export function optionalLongText(input: string | null | undefined, field: string, maxLength: number): string | null {
  return String(input ?? '').trim() === '' ? null : requireLongText(input, field, maxLength);
}

/**
 * The complaint system opened on 11 October 2019 (พ.ศ. 2562) and took in the complaints received from
 * 1 October 2019 on (seed 004); no complaint is received earlier.
 */
export const COMPLAINTS_RECEIVED_FROM = '2019-10-01';

/**
 * When a complaint was received: an ISO instant, or a calendar date alone as on a paper form (YYYY-MM-DD or
 * D/M/YYYY, Buddhist Era years accepted), taken as the start of that day in Asia/Bangkok; not before
 * COMPLAINTS_RECEIVED_FROM.
 */
export function parseReceivedAt(input: string, field: string): string {
  const text = toArabicDigits(String(input ?? '')).trim();
  const receivedAt = text.includes('T') ? parseInstant(text, field) : bangkokStartOf(parseDateInput(text, field));
  requireDateWithin(bangkokDateOf(receivedAt), field, COMPLAINTS_RECEIVED_FROM);
  return receivedAt;
}

/** Thailand's extent (Betong 5.61°N to Mae Sai 20.46°N, 97.34°E to 105.64°E) with a small margin. */
export const THAILAND_BOUNDS = { minLat: 5.5, maxLat: 20.5, minLng: 97.3, maxLng: 105.7 } as const;

export interface MapPoint {
  lat: number;
  lng: number;
}

/** A map point (WGS 84 degrees) inside Thailand's bounding box. */
export function parsePoint(point: MapPoint, field: string): MapPoint {
  const { lat, lng } = point;
  if (typeof lat !== 'number' || !Number.isFinite(lat)) throw complaintErrors.required(`${field}.lat`);
  if (typeof lng !== 'number' || !Number.isFinite(lng)) throw complaintErrors.required(`${field}.lng`);
  const b = THAILAND_BOUNDS;
  if (lat < b.minLat || lat > b.maxLat || lng < b.minLng || lng > b.maxLng) throw complaintErrors.locationOutsideThailand(field);
  return { lat, lng };
}
