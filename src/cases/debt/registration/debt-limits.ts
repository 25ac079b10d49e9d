/**
 * Bounds of what a debt case may state: far above any real informal debt, low enough that every read model,
 * report and export holds the sums of a million cases at the bounds (README, "Bounds of amounts and counts").
 */

/** 100,000,000.00 baht: the most one debt's principal or outstanding amount may be, in satang. */
export const MAX_DEBT_SATANG = 10_000_000_000n;

/** 1,000 percent a month: the highest interest rate a debt may state, far above what any lender asks. */
export const MAX_RATE_PERCENT_PER_MONTH = 1000n;

/** Creditors and debts one registration may list. */
export const MAX_CREDITORS = 20;
export const MAX_DEBTS = 50;

/** Instalments an agreement's plan may have. */
export const MAX_INSTALMENTS = 1000n;
