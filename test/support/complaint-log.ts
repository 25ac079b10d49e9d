import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { ReceiveComplaint } from '../../src/cases/complaint/complaint.commands.js';
import { complaintDecider } from '../../src/cases/complaint/complaint.decider.js';
import type { ComplaintCommand } from '../../src/cases/complaint/complaint.commands.js';
import { generateTrackingCode } from '../../src/cases/complaint/receipt/tracking-code.js';
import { START_OF_LOG, type EventStore, type StoredEvent } from '../../src/eventstore/event-store.port.js';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import type { Projection } from '../../src/projections/runner/projection.js';

/** Writes complaint streams straight through handleCommand and the decider, and replays them into a projection. */
export class ComplaintLog {
  constructor(private readonly store: EventStore) {}

  async receive(complaintId: string, overrides: Partial<ReceiveComplaint> = {}): Promise<string> {
    const trackingCode = generateTrackingCode();
    await this.send(complaintId, {
      type: 'ReceiveComplaint', at: '2025-01-10T03:00:00Z', actingOffice: { level: 'DISTRICT', code: '7001' },
      complaintId, trackingCode, channel: 'WALK_IN',
      complainant: { anonymous: false, citizenId: '1101700207030', firstName: 'สมหญิง', lastName: 'ใจดี' },
      subject: 'ถนนในหมู่บ้านชำรุดเป็นหลุมบ่อ', description: 'ถนนชำรุด',
      category: { main: 'REQUEST_HELP', sub: 'PUBLIC_UTILITIES' },
      location: { subdistrictCode: '700101', districtCode: '7001', point: { lat: 13.53, lng: 99.81 } },
      accused: { kind: 'STATE_AGENCY', name: 'องค์การบริหารส่วนตำบลหน้าเมือง' },
      candidates: [],
      ...overrides,
    });
    return trackingCode;
  }

  async send(complaintId: string, command: ComplaintCommand): Promise<void> {
    await handleCommand(this.store, `complaint-${complaintId}`, complaintDecider, command, { commandId: randomUUID(), actor: 'test' });
  }

  /** Every event in the log, in global order. */
  async all(): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    for (let from = START_OF_LOG; ;) {
      const batch = await this.store.readAll(from, 1000);
      if (batch.length === 0) return events;
      events.push(...batch);
      from = batch[batch.length - 1].position;
    }
  }
}

/** Applies the events to the projection in batches of `size`, each batch in a transaction, as the runner does. */
export async function applyInBatches(pool: pg.Pool, projection: Projection, events: readonly StoredEvent[], size: number) {
  const client = await pool.connect();
  try {
    for (let i = 0; i < events.length; i += size) {
      await client.query('BEGIN');
      try {
        await projection.apply(events.slice(i, i + size), client);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    client.release();
  }
}
