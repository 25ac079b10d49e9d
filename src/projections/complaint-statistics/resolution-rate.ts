/** ตัวชี้วัด: ร้อยละของการแก้ไขปัญหาเรื่องราวร้องเรียนร้องทุกข์ (seed 004, §5.2), at least 80%. */
export const RESOLUTION_TARGET_PERCENT = 80;

/** The figures the rate is of; solved and set aside null where they were not counted (a month frozen before 134). */
export interface RateFigures {
  received: number;
  solved: number | null;
  setAside: number | null;
}

/**
 * Solved as a percentage of the received less those set aside (closed as duplicate or withdrawn), two decimals;
 * null when that base is 0 or the figures were not counted.
 */
export function resolutionRate({ received, solved, setAside }: RateFigures): number | null {
  if (solved === null || setAside === null || received - setAside <= 0) return null;
  return Math.round((solved / (received - setAside)) * 10_000) / 100;
}

/** The figures with their rate, the target and whether the rate meets it. */
export function rated<F extends RateFigures>(figures: F) {
  const rate = resolutionRate(figures);
  return {
    ...figures, resolutionRatePercent: rate, targetPercent: RESOLUTION_TARGET_PERCENT,
    meetsTarget: rate === null ? null : rate >= RESOLUTION_TARGET_PERCENT,
  };
}
