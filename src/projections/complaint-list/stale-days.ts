import { DomainError } from '../../shared/domain-error.js';
import { toArabicDigits } from '../../shared/thai-digits.js';

/** The most days a staleness filter may name (ten years). */
export const MAX_STALE_DAYS = 3650;
const DAY_MS = 86_400_000;

/** Statuses a complaint leaves the office's work in: a stale complaint is in none of them. */
export const FINISHED_STATUSES = ['RESOLVED', 'CLOSED'] as const;

/** Days as typed (Thai or Arabic digits, spaces around): a whole number from 1 to MAX_STALE_DAYS, else COMPLAINT_STALE_DAYS_INVALID. */
export function parseStaleDays(input: string | number, field: string): number {
  const text = toArabicDigits(String(input)).trim();
  const days = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (days >= 1 && days <= MAX_STALE_DAYS) return days;
  throw new DomainError(
    'COMPLAINT_STALE_DAYS_INVALID',
    `จำนวนวันต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง ${MAX_STALE_DAYS}`,
    `The number of days is a whole number from 1 to ${MAX_STALE_DAYS}`,
    field,
  );
}

/** The instant before which a last change makes an open complaint stale, `days` before `now`. */
export const staleBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY_MS);

/** Whether a complaint of this status, last changed at `updatedAt`, has had no change for more than `days` before `now`. */
export function isStale(status: string, updatedAt: Date, now: Date, days: number): boolean {
  return !(FINISHED_STATUSES as readonly string[]).includes(status) && updatedAt < staleBefore(now, days);
}
