import type { CommandContext } from '../../eventstore/handle-command.js';
import { FILER_ACTOR_PREFIX, maskCitizenId } from '../../identity/filers/filer-identity.js';
import type { FilerSession } from '../../identity/filers/filer-sessions.store.js';
import { commandIdOf } from '../../identity/sessions/staff-context.js';
import type { Business } from '../businesses/business.decider.js';
import type { ReturnSender } from '../monthly-returns/monthly-return.command-handlers.js';

/**
 * A filer's businesses and what their filings record. A filer files for the businesses they own as a natural person:
 * the business's owner is a citizen, and D.DOPA verified that citizen id. A juristic person's business is not theirs
 * to file online here (staff key its paper filings).
 */
export const ownsBusiness = (filer: Pick<FilerSession, 'citizenId'>, business: Pick<Business, 'ownerKind' | 'ownerId'>): boolean =>
  business.ownerKind === 'CITIZEN' && business.ownerId === filer.citizenId;

/** The actor a filer's events record: D.DOPA's subject for them, never their citizen id (the log is append-only). */
export const filerActor = (filer: Pick<FilerSession, 'subject'>) => `${FILER_ACTOR_PREFIX}${filer.subject}`;

/** Who signed an online filing: the name D.DOPA gave, or, when it gave none, the masked citizen id. */
export const signerName = (filer: Pick<FilerSession, 'name' | 'citizenId'>): string =>
  filer.name ?? `ผู้ยื่นแบบ ${maskCitizenId(filer.citizenId)}`;

/** The filer as the return handlers see a sender: the businesses they own, their actor; a retry under their command id stores nothing new. */
export const filerSender = (filer: FilerSession, owned: readonly Pick<Business, 'businessNo'>[]): ReturnSender => {
  const numbers = new Set(owned.map((b) => b.businessNo));
  return {
    keeps: (business) => numbers.has(business.businessNo),
    context: (clientCommandId, request): CommandContext => ({ commandId: commandIdOf(clientCommandId), actor: filerActor(filer), request }),
  };
};
