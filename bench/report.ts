import fs from 'node:fs/promises';
import type { Machine } from './machine.js';
import { fmt, median, type Latency, type Sample } from './measure.js';

/** A throughput: higher is better; the target is a minimum rate. */
export interface RateRow {
  kind?: 'rate';
  measure: string;
  unit: string;
  /** The baseline's unit when it counts something else (its own statements, rows). */
  baselineUnit?: string;
  damrong: Sample[];
  baseline: Sample[];
  target?: number;
}

/** A response time: lower is better; the target is a maximum 99th percentile. */
export interface LatencyRow {
  kind: 'latency';
  measure: string;
  damrong: Latency[];
  baseline: Latency[];
  targetP99Ms?: number;
}

/** A size of what the browser downloads: lower is better; the target is a maximum. */
export interface SizeRow {
  kind: 'size';
  measure: string;
  kb: number;
  baselineKb: number;
  targetKb?: number;
}

/** A page's time in the browser, one figure per load: lower is better; the target is a maximum 95th percentile. */
export interface PageRow {
  kind: 'page';
  measure: string;
  /** Milliseconds of each load; empty, with `missing` saying why, when it could not be measured. */
  damrong: number[];
  baseline: number[];
  targetP95Ms?: number;
  missing?: string;
}

export type Row = RateRow | LatencyRow | SizeRow | PageRow;

export function bangkokTime(date = new Date()): string {
  const opts = { timeZone: 'Asia/Bangkok' } as const;
  const day = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { ...opts, dateStyle: 'long' }).format(date);
  const time = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { ...opts, timeStyle: 'short' }).format(date);
  return `${day} ${time} (Asia/Bangkok)`;
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const rate = (runs: Sample[]) => median(runs.map((r) => r.rate));
const p50 = (runs: Latency[]) => median(runs.map((r) => r.p50Ms));
const p99 = (runs: Latency[]) => median(runs.map((r) => r.p99Ms));
/** The nearest-rank percentile q (0–1) of `values`. */
export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const kb = (n: number) => `${n.toFixed(1)} KB gzip`;
const pageText = (times: number[]) => (times.length ? `median ${fmt(median(times))} ms, p95 ${fmt(percentile(times, 0.95))} ms` : '—');
const latencyText = (runs: Latency[]) => (runs.length ? `p50 ${ms(p50(runs))} ms, p99 ${ms(p99(runs))} ms` : '—');

function cells(row: Row): string[] {
  if (row.kind === 'size') {
    const met = row.targetKb === undefined ? '—' : row.kb <= row.targetKb ? 'yes' : '**no**';
    return [row.measure, kb(row.kb), kb(row.baselineKb), row.targetKb === undefined ? '—' : `≤ ${row.targetKb} KB gzip`, met];
  }
  if (row.kind === 'page') {
    const target = row.targetP95Ms === undefined ? '—' : `p95 ≤ ${fmt(row.targetP95Ms)} ms`;
    const met = row.targetP95Ms === undefined || !row.damrong.length ? '—' : percentile(row.damrong, 0.95) <= row.targetP95Ms ? 'yes' : '**no**';
    return [row.measure, row.missing ?? pageText(row.damrong), pageText(row.baseline), target, met];
  }
  if (row.kind === 'latency') {
    const target = row.targetP99Ms === undefined ? '—' : `p99 < ${row.targetP99Ms} ms`;
    const met = row.targetP99Ms === undefined ? '—' : p99(row.damrong) < row.targetP99Ms ? 'yes' : '**no**';
    return [row.measure, latencyText(row.damrong), latencyText(row.baseline), target, met];
  }
  const value = rate(row.damrong);
  const target = row.target === undefined ? '—' : `≥ ${fmt(row.target)}`;
  const met = row.target === undefined ? '—' : value >= row.target ? 'yes' : '**no**';
  const baseline = row.baseline.length ? `${fmt(rate(row.baseline))} ${row.baselineUnit ?? row.unit}` : '—';
  return [row.measure, `${fmt(value)} ${row.unit}`, baseline, target, met];
}

export function table(rows: Row[]): string {
  return [
    '| measure | Damrong (median) | naive baseline (median) | target | met? |',
    '|---|--:|--:|--:|:-:|',
    ...rows.map((row) => `| ${cells(row).join(' | ')} |`),
  ].join('\n');
}

function runsOf(row: Row, side: 'damrong' | 'baseline'): string {
  if (row.kind === 'size') return kb(side === 'damrong' ? row.kb : row.baselineKb);
  if (row.kind === 'page') {
    if (side === 'damrong' && row.missing) return row.missing;
    return row[side].length ? `${row[side].map((t) => fmt(t)).join(', ')} ms` : '—';
  }
  if (row.kind === 'latency') {
    return row[side].map((r) => `p50 ${ms(r.p50Ms)} ms, p99 ${ms(r.p99Ms)} ms (${fmt(r.count)} calls)`).join('; ');
  }
  return row[side].map((r) => `${fmt(r.rate)} (${fmt(r.count)} in ${r.seconds.toFixed(2)} s)`).join('; ');
}

export async function writeReport(file: string, machine: Machine, rows: Row[], notes: string[]): Promise<void> {
  const count = (r: Row, side: 'damrong' | 'baseline') => (r.kind === 'size' ? 1 : r[side].length);
  const details = rows.map((r) => `- ${r.measure}\n  - Damrong, ${count(r, 'damrong')} run(s): ${runsOf(r, 'damrong')}`
    + `\n  - baseline, ${count(r, 'baseline')} run(s): ${runsOf(r, 'baseline')}`);
  const text = [
    '# Damrong benchmark results',
    '',
    `- Date: ${bangkokTime()}`,
    `- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${machine.memoryGiB} GiB`,
    `- Node ${machine.node}; PostgreSQL ${machine.postgres}`,
    `- Server: ${machine.server}`,
    `- Load average when the run began: ${machine.loadAverage}`,
    '',
    table(rows),
    '',
    '## Notes',
    '',
    ...notes.map((n) => `- ${n}`),
    '',
    '## Every run',
    '',
    ...details,
    '',
  ].join('\n');
  await fs.writeFile(file, text);
}
