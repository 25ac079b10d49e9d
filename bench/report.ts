import fs from 'node:fs/promises';
import type { Machine } from './machine.js';
import { fmt, median, type Sample } from './measure.js';

export interface Row {
  measure: string;
  unit: string;
  /** The baseline's unit when it counts something else (its own statements, rows). */
  baselineUnit?: string;
  damrong: Sample[];
  baseline: Sample[];
  /** Minimum rate; undefined when the measure has no target. */
  target?: number;
}

export function bangkokTime(date = new Date()): string {
  const opts = { timeZone: 'Asia/Bangkok' } as const;
  const day = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { ...opts, dateStyle: 'long' }).format(date);
  const time = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { ...opts, timeStyle: 'short' }).format(date);
  return `${day} ${time} (Asia/Bangkok)`;
}

const rate = (runs: Sample[]) => median(runs.map((r) => r.rate));
const runsOf = (runs: Sample[]) => runs.map((r) => `${fmt(r.rate)} (${fmt(r.count)} in ${r.seconds.toFixed(2)} s)`).join('; ');

export function table(rows: Row[]): string {
  const lines = [
    '| measure | Damrong (median) | naive baseline (median) | target | met? |',
    '|---|--:|--:|--:|:-:|',
  ];
  for (const row of rows) {
    const value = rate(row.damrong);
    const target = row.target === undefined ? '—' : `≥ ${fmt(row.target)}`;
    const met = row.target === undefined ? '—' : value >= row.target ? 'yes' : '**no**';
    lines.push(`| ${row.measure} | ${fmt(value)} ${row.unit} | ${fmt(rate(row.baseline))} ${row.baselineUnit ?? row.unit} | ${target} | ${met} |`);
  }
  return lines.join('\n');
}

export async function writeReport(file: string, machine: Machine, rows: Row[], notes: string[]): Promise<void> {
  const details = rows.map((r) =>
    `- ${r.measure}\n  - Damrong, ${r.damrong.length} run(s): ${runsOf(r.damrong)}\n  - baseline, ${r.baseline.length} run(s): ${runsOf(r.baseline)}`);
  const text = [
    '# Damrong benchmark results',
    '',
    `- Date: ${bangkokTime()}`,
    `- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${machine.memoryGiB} GiB`,
    `- Node ${machine.node}; PostgreSQL ${machine.postgres}`,
    `- Server: ${machine.server}`,
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
