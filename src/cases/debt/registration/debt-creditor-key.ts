import { toArabicDigits } from '../../../shared/thai-digits.js';
import { debtErrors } from '../debt-errors.js';
import type { OpenDebtCase } from './debt-inputs.js';
import type { Creditor } from '../debt-records.js';

/**
 * Identifies a creditor across cases of the same debtor, for refusing a second open case: `ID:<13 digits>`
 * when a citizen or company id is known, else `NAME:<name>` with case, spacing and punctuation ignored.
 * The decider and the read model that lists open cases both use it, on normalised (event) creditors.
 */
export function creditorKey(creditor: Pick<Creditor, 'name' | 'citizenId' | 'companyId'>): string {
  const id = toArabicDigits(creditor.citizenId ?? creditor.companyId ?? '').replace(/\D/g, '');
  if (id) return `ID:${id}`;
  const name = toArabicDigits(creditor.name.normalize('NFKC')).toLowerCase().replace(/[\s.,'"()\-]/g, '');
  return `NAME:${name}`;
}

/**
 * Refuses a case whose creditors overlap an open case of the same debtor (other than itself), naming the
 * existing case and the first creditor in common.
 */
export function refuseDuplicateOpenCase(caseId: string, creditorKeys: readonly string[], openCases: readonly OpenDebtCase[]): void {
  for (const [index, key] of creditorKeys.entries()) {
    const existing = openCases.find((open) => open.caseId !== caseId && open.creditorKeys.includes(key));
    if (existing) throw debtErrors.duplicateOpenCase(existing.caseId, `creditors[${index}]`);
  }
}
