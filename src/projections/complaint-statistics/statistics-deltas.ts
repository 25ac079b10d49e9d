import { outcomeOf, stageOf } from './complaint-statistics.status.js';
import type { CaseRow } from './statistics-case.js';
import type { StoredHolder } from './statistics-holder.js';

/** What a batch adds to one bucket (month, holder, category): received, each stage and each outcome. */
export interface Counts extends StoredHolder {
  month: string;
  categoryMain: string;
  received: number;
  IN_PROGRESS: number;
  RESOLVED: number;
  CLOSED: number;
  SOLVED: number;
  SET_ASIDE: number;
}

const FIGURES = ['received', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'SOLVED', 'SET_ASIDE'] as const;

/**
 * One row of additions per bucket: +1 received, +1 in its stage and +1 in its outcome (if any) where a complaint
 * is now, −1 of each where it was before the batch; none for a bucket where they cancel out (a complaint
 * assigned stays in progress at the same office).
 */
export function countDeltas(changed: readonly CaseRow[], before: ReadonlyMap<string, CaseRow>): Counts[] {
  const buckets = new Map<string, Counts>();
  const add = (row: CaseRow, by: number) => {
    const key = `${row.month}|${row.provinceCode}|${row.districtCode}|${row.categoryMain}`;
    const counts = buckets.get(key) ?? {
      month: row.month, districtCode: row.districtCode, provinceCode: row.provinceCode, categoryMain: row.categoryMain,
      received: 0, IN_PROGRESS: 0, RESOLVED: 0, CLOSED: 0, SOLVED: 0, SET_ASIDE: 0,
    };
    counts.received += by;
    counts[stageOf(row.status)] += by;
    const outcome = outcomeOf(row.status, row.closeReason);
    if (outcome !== null) counts[outcome] += by;
    buckets.set(key, counts);
  };
  for (const row of changed) {
    const previous = before.get(row.complaintId);
    if (previous) add(previous, -1);
    add(row, 1);
  }
  return [...buckets.values()].filter((c) => FIGURES.some((figure) => c[figure] !== 0));
}
