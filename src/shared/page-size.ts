import { DomainError } from './domain-error.js';

/** How many rows a page asks for (`first`): a whole number from 1 to `max`, else PAGE_SIZE_INVALID naming the field. */
export function pageSize(first: number | null | undefined, max: number, field = 'first'): number {
  if (typeof first === 'number' && Number.isInteger(first) && first >= 1 && first <= max) return first;
  throw new DomainError('PAGE_SIZE_INVALID', `ขอได้ครั้งละ 1 ถึง ${max} รายการ`, `${field} must be 1 to ${max}`, field);
}
