import type { CommandContext } from '../../eventstore/handle-command.js';
import { FILER_ACTOR_PREFIX, maskCitizenId } from '../../identity/filers/filer-identity.js';
import type { FilerSession } from '../../identity/filers/filer-sessions.store.js';
import { commandIdOf } from '../../identity/sessions/staff-context.js';
import type { Business } from '../businesses/business.decider.js';
import type { ReturnSender } from '../monthly-returns/monthly-return.command-handlers.js';

/**
 * A filer's businesses and what their filings record. A filer files for the businesses they own as a natural person
 * (the business's owner is a citizen, and D.DOPA verified that citizen id), and for a juristic person's business whose
 * PAO recorded that the company authorised them (business-filers/): as its director or its attorney.
 */
export const ownsBusiness = (filer: Pick<FilerSession, 'citizenId'>, business: Pick<Business, 'ownerKind' | 'ownerId'>): boolean =>
  business.ownerKind === 'CITIZEN' && business.ownerId === filer.citizenId;

/** OWNER: the business is theirs; AUTHORISED_FILER: they file for the juristic person that owns it. */
export type FilesAs = 'OWNER' | 'AUTHORISED_FILER';

/** A business the filer files for, how, and the role the company authorised them in (their filings' default position). */
export type FiledBusiness = Business & { filesAs: FilesAs; authorisedRole: string | null };

/** How the filer files for the business: as its owner, as the filer its juristic owner authorised (`authorisedRole`), or not at all. */
export function filesAs(filer: Pick<FilerSession, 'citizenId'>, business: Business, authorisedRole: string | null): FiledBusiness | undefined {
  if (ownsBusiness(filer, business)) return { ...business, filesAs: 'OWNER', authorisedRole: null };
  if (business.ownerKind === 'JURISTIC' && authorisedRole !== null) return { ...business, filesAs: 'AUTHORISED_FILER', authorisedRole };
  return undefined;
}

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
