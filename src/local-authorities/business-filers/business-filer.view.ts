import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import { businessFilerEventsIn } from './business-filer.events.js';
import type { BusinessAuthorisedFilerObject } from './business-filer.types.js';

/** A business's authorisations as its stream records them, in order: who recorded each and when, revoked ones too. */
export function authorisedFilersOf(events: readonly StoredEvent[]): BusinessAuthorisedFilerObject[] {
  const filers = new Map<number, BusinessAuthorisedFilerObject>();
  for (const { stored, event } of businessFilerEventsIn(events)) {
    const by = { actor: stored.metadata.actor, office: stored.metadata.actorOffice ?? null };
    if (event.type === 'BusinessFilerAuthorised') {
      const d = event.data;
      filers.set(d.filerNo, {
        businessNo: d.business.businessNo, filerNo: d.filerNo, citizenId: d.citizenId, name: d.name, role: d.role,
        evidenceReference: d.evidence.reference, evidenceDate: d.evidence.date, evidenceDateTh: formatThaiDate(d.evidence.date), active: true,
        authorisedAt: new Date(d.at), authorisedAtTh: formatThaiDateTime(new Date(d.at)), authorisedActor: by,
        revokedAt: null, revokedAtTh: null, revokeReason: null, revokedActor: null,
      });
      continue;
    }
    const filer = filers.get(event.data.filerNo);
    if (!filer) continue;
    const at = new Date(event.data.at);
    filers.set(filer.filerNo, { ...filer, active: false, revokedAt: at, revokedAtTh: formatThaiDateTime(at), revokeReason: event.data.reason, revokedActor: by });
  }
  return [...filers.values()];
}
