import type pg from 'pg';
import { debtEventsIn } from '../../cases/debt/debt.events.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import { districtsOf, provinces } from '../../geography/geography.js';
import { formatSatang } from '../../shared/money.js';
import type { Projection } from '../runner/projection.js';
import { evolveCaseCounts, MEASURES, type CaseCounts } from './case-counts.js';
import { readCases, writeCases } from './district-count-cases.sql.js';

export interface DistrictCountsTables {
  counts: string;
  cases: string;
}

export const DISTRICT_COUNTS_TABLES: DistrictCountsTables = { counts: 'district_counts', cases: 'district_count_cases' };

interface Delta {
  provinceCode: string;
  values: bigint[];
}

/**
 * ยอดรายอำเภอ: per-district counts of informal-debt cases. Set-based per batch: the batch is folded per
 * case in memory starting from the stored per-case rows, then the changed cases are written in one
 * statement and each district's net change in another, however many events a case has in the batch.
 * A case's whole contribution (registration, statuses, money) sits in the district it is in now, so a
 * transfer or a district correction takes it from one district and adds it to the other.
 */
export class DistrictCountsProjection implements Projection {
  /** Counts read codes, statuses and figures: no personal field. */
  readonly personalDataOf: readonly string[] = [];
  readonly tables: readonly string[];

  constructor(readonly name = 'district-counts', private readonly names: DistrictCountsTables = DISTRICT_COUNTS_TABLES) {
    this.tables = [names.counts, names.cases];
  }

  /** A row of zeros for every district (as migration 110 seeded them), so that every province and district is listed. */
  async seed(tx: pg.ClientBase): Promise<void> {
    const districts = provinces().flatMap((p) => districtsOf(p.code));
    await tx.query(
      `INSERT INTO ${this.names.counts} (district_code, province_code) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
      [districts.map((d) => d.code), districts.map((d) => d.provinceCode)],
    );
  }

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    const debtEvents = debtEventsIn(events);
    if (debtEvents.length === 0) return;
    const stored = await readCases(tx, this.names.cases, [...new Set(debtEvents.map((e) => e.stored.streamId))]);
    const current = new Map(stored);
    for (const { stored: { streamId, version }, event } of debtEvents) {
      const counts = current.get(streamId);
      if (counts && version <= counts.version) continue;
      current.set(streamId, evolveCaseCounts(counts, event, streamId, version));
    }
    const changed = [...current.values()].filter((c) => stored.get(c.streamId) !== c);
    if (changed.length === 0) return;
    await writeCases(tx, this.names.cases, changed);
    await this.writeDeltas(tx, districtDeltas(changed.map((c) => [stored.get(c.streamId), c])));
  }

  private async writeDeltas(tx: pg.ClientBase, deltas: Map<string, Delta>): Promise<void> {
    if (deltas.size === 0) return;
    const codes = [...deltas.keys()];
    const rows = [...deltas.values()];
    const t = this.names.counts;
    await tx.query(
      `INSERT INTO ${t} (district_code, province_code) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
      [codes, rows.map((r) => r.provinceCode)],
    );
    const columns = MEASURES.map((m) => m.column);
    await tx.query(
      `UPDATE ${t} AS d SET ${columns.map((c) => `${c} = d.${c} + u.${c}`).join(', ')}
       FROM unnest($1::text[], ${MEASURES.map((m, i) => `$${i + 2}::${m.money ? 'numeric' : 'int'}[]`).join(', ')})
         AS u(district_code, ${columns.join(', ')})
       WHERE d.district_code = u.district_code`,
      [codes, ...MEASURES.map((m, i) => rows.map((r) => (m.money ? formatSatang(r.values[i]) : r.values[i].toString())))],
    );
  }
}

/** Each district's net change: every changed case's old contribution taken away, its new one added. */
function districtDeltas(changes: readonly [CaseCounts | undefined, CaseCounts][]): Map<string, Delta> {
  const deltas = new Map<string, Delta>();
  const add = (counts: CaseCounts, sign: bigint) => {
    let delta = deltas.get(counts.districtCode);
    if (!delta) deltas.set(counts.districtCode, (delta = { provinceCode: counts.provinceCode, values: MEASURES.map(() => 0n) }));
    MEASURES.forEach((m, i) => (delta.values[i] += sign * m.of(counts)));
  };
  for (const [before, after] of changes) {
    if (before) add(before, -1n);
    add(after, 1n);
  }
  for (const [code, delta] of deltas) if (delta.values.every((v) => v === 0n)) deltas.delete(code);
  return deltas;
}
