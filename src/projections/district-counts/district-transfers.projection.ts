import type pg from 'pg';
import { type DebtEvent, debtEventsIn } from '../../cases/debt/debt.events.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from '../runner/projection.js';

/** A district's moves in one batch. */
interface Moves {
  in: number;
  out: number;
}

/** The district a debt event moves its case from and to: a transfer, or a correction of the district. */
function moveOf(event: DebtEvent): { from: string; to: string } | null {
  if (event.type === 'DebtCaseTransferred') return { from: event.data.fromDistrictCode, to: event.data.toDistrictCode };
  if (event.type !== 'DebtRegistrationAmended') return null;
  const { before, after } = event.data;
  return before.districtCode === after.districtCode ? null : { from: before.districtCode, to: after.districtCode };
}

/**
 * รับโอน / โอนออก (table district_transfers): each debt case's move between districts, a transfer or a district
 * correction (the moves the daily report counts as transfersIn and transfersOut), counted once out of the district
 * it left and once into the one it reached. The counts only grow; the runner applies each batch once, with its
 * checkpoint.
 */
export class DistrictTransfersProjection implements Projection {
  readonly name = 'district-transfers';
  readonly personalDataOf: readonly string[] = [];
  readonly tables = ['district_transfers'];

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    const moves = new Map<string, Moves>();
    const at = (code: string) => moves.get(code) ?? moves.set(code, { in: 0, out: 0 }).get(code)!;
    for (const { event } of debtEventsIn(events)) {
      const move = moveOf(event);
      if (!move) continue;
      at(move.from).out += 1;
      at(move.to).in += 1;
    }
    if (moves.size === 0) return;
    const codes = [...moves.keys()];
    await tx.query(
      `INSERT INTO district_transfers AS t (district_code, province_code, transfers_in, transfers_out)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[])
       ON CONFLICT (district_code) DO UPDATE
         SET transfers_in = t.transfers_in + excluded.transfers_in, transfers_out = t.transfers_out + excluded.transfers_out`,
      [codes, codes.map((code) => code.slice(0, 2)), codes.map((code) => moves.get(code)!.in), codes.map((code) => moves.get(code)!.out)],
    );
  }
}
