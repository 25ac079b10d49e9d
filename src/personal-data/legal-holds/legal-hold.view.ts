import { formatThaiDateTime } from '../../calendar/thai-date-text.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import { caseStreamOf, legalHoldEventsIn } from './legal-hold.events.js';
import type { LegalHoldObject } from './legal-holds.types.js';

/** A case's holds as its hold stream records them, in order: who placed and lifted each and when. */
export function legalHoldsOf(events: readonly StoredEvent[]): LegalHoldObject[] {
  const holds = new Map<number, LegalHoldObject>();
  for (const { stored, event } of legalHoldEventsIn(events)) {
    const by = { actor: stored.metadata.actor, office: stored.metadata.actorOffice ?? null };
    const d = event.data;
    const at = new Date(d.at);
    if (event.type === 'LegalHoldPlaced') {
      holds.set(d.holdNo, {
        caseStreamId: caseStreamOf(d.caseType, d.caseId), caseType: d.caseType, caseId: d.caseId, holdNo: d.holdNo, holdReason: d.reason,
        orderReference: event.data.orderReference, active: true, placedAt: at, placedAtTh: formatThaiDateTime(at), placedActor: by,
        liftedAt: null, liftedAtTh: null, liftReason: null, liftedActor: null,
      });
      continue;
    }
    const hold = holds.get(d.holdNo);
    if (hold) holds.set(d.holdNo, { ...hold, active: false, liftedAt: at, liftedAtTh: formatThaiDateTime(at), liftReason: d.reason, liftedActor: by });
  }
  return [...holds.values()];
}
