/** Timing and statistics shared by the benchmarks. */

export interface Sample {
  /** Operations per second (commands, calls, events: what the measure counts). */
  rate: number;
  count: number;
  seconds: number;
}

/** Response times of `count` calls, in milliseconds. */
export interface Latency {
  p50Ms: number;
  p99Ms: number;
  count: number;
  seconds: number;
}

/** Calls `call` `count` times one after another and reports the median and 99th percentile. */
export async function latency(count: number, call: (i: number) => Promise<unknown>): Promise<Latency> {
  const times: number[] = [];
  const startedAt = now();
  for (let i = 0; i < count; i++) {
    const t = now();
    await call(i);
    times.push(now() - t);
  }
  const seconds = (now() - startedAt) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { p50Ms: at(0.5), p99Ms: at(0.99), count, seconds };
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
