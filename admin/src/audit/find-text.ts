import { toArabicDigits } from '../shared/thai-digits';

/** What the auditor typed, read as the one thing it can be: a case id, a complaint id, a tracking code, a citizen id or a name. */
export type FindPlan =
  | { kind: 'caseId'; caseId: string }
  | { kind: 'complaintId'; complaintId: string }
  | { kind: 'trackingCode'; trackingCode: string }
  | { kind: 'citizenId'; citizenId: string }
  | { kind: 'name'; text: string }
  | { kind: 'tooShort' };

const SEPARATORS = /[\s\-‐‑‒–—−_.]/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Crockford's base 32 as the service reads it: I and L are 1, O is 0, U is V. */
const crockford = (symbols: string) => symbols.replace(/[IL]/g, '1').replace(/O/g, '0').replace(/U/g, 'V');

/** Thai or Arabic digits, any case, with or without dashes and spaces. */
export function findPlanOf(typed: string): FindPlan {
  const text = toArabicDigits(typed).trim();
  const compact = text.toUpperCase().replace(SEPARATORS, '');
  if (/^DEBT[0-9A-Z]{12}$/.test(compact)) {
    const id = crockford(compact.slice(4));
    return { kind: 'caseId', caseId: `DEBT-${id.slice(0, 4)}-${id.slice(4, 8)}-${id.slice(8)}` };
  }
  if (UUID.test(text.toLowerCase())) return { kind: 'complaintId', complaintId: text.toLowerCase() };
  if (/^\d{13}$/.test(compact)) return { kind: 'citizenId', citizenId: compact };
  if (/^[0-9A-Z]{11}$/.test(compact)) return { kind: 'trackingCode', trackingCode: compact };
  if ([...text].length < 2) return { kind: 'tooShort' };
  return { kind: 'name', text };
}
