/** Timing and statistics shared by the benchmarks. */

export interface Sample {
  /** Operations per second (commands, calls, events: what the measure counts). */
  rate: number;
  count: number;
  seconds: number;
}

export const now = () => performance.now();
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function sample(count: number, startedAt: number): Sample {
  const seconds = (now() - startedAt) / 1000;
  return { rate: count / seconds, count, seconds };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Collects garbage between runs so that one run does not pay for the previous one's garbage. */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function log(message: string): void {
  const t = new Date().toISOString().slice(11, 19);
  console.log(`[${t}] ${message}`);
}

export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
