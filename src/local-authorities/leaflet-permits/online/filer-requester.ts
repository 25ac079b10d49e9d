import { CaseUnreadableError } from '../../../eventstore/command.errors.js';
import type { EventStore } from '../../../eventstore/event-store.port.js';
import type { FilerSession } from '../../../identity/filers/filer-sessions.store.js';
import { commandIdOf } from '../../../identity/sessions/staff-context.js';
import { foldRecorded } from '../../../shared/decider.js';
import { filerActor } from '../../e-filing/filer-sender.js';
import { leafletPermitDecider } from '../leaflet-permit.decider.js';
import { leafletStreamId } from '../leaflet-permit.events.js';
import type { PermitRequester } from '../leaflet-permit.handlers.js';
import { leafletErrors } from '../leaflet-permit-errors.js';
import { readPermitId } from '../leaflet-permit-id.js';
import type { LeafletPermit } from '../leaflet-permit-state.js';
import { isFilersRequest } from './filer-applicant.js';

/**
 * A filer requesting online (ONLINE): at any authority (the decider refuses a PAO), their events recorded as
 * D.DOPA's subject for them; a stream whose applicant is another is answered as not found.
 */
export const filerRequester = (filer: FilerSession): PermitRequester => ({
  channel: 'ONLINE',
  mayRequestAt: () => true,
  context: (clientCommandId, request) => ({ commandId: commandIdOf(clientCommandId), actor: filerActor(filer), request }),
  access: {
    mayAct(state) {
      if (state.status !== null && !isFilersRequest(filer, state.request.applicant)) throw leafletErrors.notFound();
    },
  },
});

/** The permit of this id folded, when the filer is its applicant; another's, or none, is LEAFLET_PERMIT_NOT_FOUND on `id`. */
export async function filersPermit(store: EventStore, filer: FilerSession, id: string): Promise<LeafletPermit> {
  const permitId = readPermitId(id);
  if (!permitId) throw leafletErrors.notFound('id');
  const streamId = leafletStreamId(permitId);
  const { state, unreadableAt } = foldRecorded(leafletPermitDecider, await store.readStream(streamId));
  if (state.status === null || !isFilersRequest(filer, state.request.applicant)) throw leafletErrors.notFound('id');
  if (unreadableAt !== undefined) throw new CaseUnreadableError(streamId, unreadableAt);
  return state;
}
