/**
 * The filer's pages ask with the filer's session cookie, never a staff session: no answer of theirs sends anyone to
 * the staff sign-in; the lists are asked afresh after a filing.
 */
export const FILER_CONTEXT = { sessionCheck: false, additionalTypenames: ['MonthlyReturn', 'MonthlyReturnListItem'] };

/** The month before this one, as a filer types it: B.E. year and month (2568-03). */
export function lastMonthTyped(today = new Date()): string {
  const month = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  return `${month.getFullYear() + 543}-${String(month.getMonth() + 1).padStart(2, '0')}`;
}
