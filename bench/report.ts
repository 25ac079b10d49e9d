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

export type Row = RateRow | LatencyRow;

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
const latencyText = (runs: Latency[]) => (runs.length ? `p50 ${ms(p50(runs))} ms, p99 ${ms(p99(runs))} ms` : '—');

function cells(row: Row): string[] {
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
  if (row.kind === 'latency') {
    return row[side].map((r) => `p50 ${ms(r.p50Ms)} ms, p99 ${ms(r.p99Ms)} ms (${fmt(r.count)} calls)`).join('; ');
  }
  return row[side].map((r) => `${fmt(r.rate)} (${fmt(r.count)} in ${r.seconds.toFixed(2)} s)`).join('; ');
}

export async function writeReport(file: string, machine: Machine, rows: Row[], notes: string[]): Promise<void> {
  const details = rows.map((r) => `- ${r.measure}\n  - Damrong, ${r.damrong.length} run(s): ${runsOf(r, 'damrong')}`
    + `\n  - baseline, ${r.baseline.length} run(s): ${runsOf(r, 'baseline')}`);
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
