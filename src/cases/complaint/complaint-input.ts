import { toArabicDigits } from '../../shared/thai-digits.js';
import { complaintErrors } from './complaint-errors.js';

/** Field-level parsing of complaint input: each returns the normalised value or throws naming the field. */

/** Trimmed text that must be present and at most `max` characters. */
export function requireText(value: string | null | undefined, field: string, max: number): string {
  const text = optionalText(value, field, max);
  if (text === null) throw complaintErrors.required(field);
  return text;
}

/** Trimmed text, or null when absent or blank; longer than `max` characters throws. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = String(value ?? '').trim();
  if (text === '') return null;
  if ([...text].length > max) throw complaintErrors.tooLong(field, max);
  return text;
}

/** The value when it is one of `allowed`, else COMPLAINT_UNKNOWN_VALUE (absent: COMPLAINT_FIELD_REQUIRED). */
export function requireOneOf<T extends string>(value: T | null | undefined, allowed: readonly T[], field: string): T {
  if (value === null || value === undefined || value === '') throw complaintErrors.required(field);
  if (!allowed.includes(value)) throw complaintErrors.unknownValue(field, value);
  return value;
}

/**
 * A Thai phone number as people write it (Thai or Arabic digits, spaces, dashes, dots, brackets, +66),
 * returned as 9 (landline) or 10 (mobile) Arabic digits starting with 0.
 */
export function parsePhone(value: string, field: string): string {
  const compact = toArabicDigits(String(value)).replace(/[\s\-.()]/g, '');
  const national = compact.startsWith('+66') ? `0${compact.slice(3)}` : compact;
  if (!/^0\d{8,9}$/.test(national)) throw complaintErrors.phoneFormat(field);
  return national;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO 8601 instant with a zone (Z or ±hh:mm), returned in UTC (`toISOString`). */
export function parseInstant(value: string, field: string): string {
  const text = toArabicDigits(String(value ?? '')).trim();
  const m = INSTANT.exec(text);
  if (!m || !isCalendarDate(m[1], m[2], m[3]) || +m[4] > 23 || +m[5] > 59 || +(m[6] ?? 0) > 59
    || +(m[7] ?? 0) > 14 || +(m[8] ?? 0) > 59) {
    throw complaintErrors.timeFormat(field);
  }
  return new Date(text).toISOString();
}

/**
 * When a complaint was received: an instant, or a calendar date alone (a paper form's date), taken as the
 * start of that day in Asia/Bangkok (UTC+7, no daylight saving).
 */
export function parseReceivedAt(value: string, field: string): string {
  const text = toArabicDigits(String(value ?? '')).trim();
  const m = DATE.exec(text);
  if (!m) return parseInstant(text, field);
  if (!isCalendarDate(m[1], m[2], m[3])) throw complaintErrors.timeFormat(field);
  return new Date(`${text}T00:00:00+07:00`).toISOString();
}

function isCalendarDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(+year, +month - 1, +day));
  return date.getUTCFullYear() === +year && date.getUTCMonth() === +month - 1 && date.getUTCDate() === +day;
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
