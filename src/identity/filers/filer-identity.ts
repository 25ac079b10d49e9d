import { parseCitizenId } from '../../shared/citizen-id.js';
import { filerErrors } from './filer-errors.js';

/** A filer (ผู้ยื่นแบบ) as D.DOPA vouched for them: the citizen id (check digit verified) and the name, if given. */
export interface FilerIdentity {
  citizenId: string;
  name: string | null;
  issuer: string;
  subject: string;
}

const NAME_LIMIT = 300;

/** The name claims of an ID token: `name`, else given and family names; cut to what the session keeps. */
function nameOf(claims: Record<string, unknown>): string | null {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const name = text(claims.name) || [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return name ? name.slice(0, NAME_LIMIT) : null;
}

/**
 * The filer an ID token's verified claims name: the citizen id from `claim` (13 digits, Thai digits accepted, the
 * check digit verified: FILER_CITIZEN_ID_MISSING or the citizen id's own refusal on that claim), the name, the issuer
 * and subject. Pure: the token was verified by openid-client before.
 */
export function filerOfClaims(claims: Record<string, unknown>, claim: string): FilerIdentity {
  const raw = claims[claim];
  if (typeof raw !== 'string' && typeof raw !== 'number') throw filerErrors.citizenIdMissing(claim);
  return { citizenId: parseCitizenId(String(raw), claim), name: nameOf(claims), issuer: String(claims.iss ?? ''), subject: String(claims.sub ?? '') };
}

/** The citizen id as a filer's page shows it: all but the last four digits hidden (xxxxxxxxx1234). */
export const maskCitizenId = (citizenId: string): string => `${'x'.repeat(citizenId.length - 4)}${citizenId.slice(-4)}`;

/** The actor a filer's events record: `filer:` and D.DOPA's subject for them, never their citizen id (the log is append-only). */
export const FILER_ACTOR_PREFIX = 'filer:';
