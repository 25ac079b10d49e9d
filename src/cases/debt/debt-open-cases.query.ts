import type pg from 'pg';
import { toArabicDigits } from '../../shared/thai-digits.js';
import type { OpenDebtCase } from './debt-inputs.js';

/**
 * The open cases the case list read model knows for a debtor, for the duplicate rule: by the citizen id as
 * typed (validated later by the decider), or else by the citizen id the list holds for `caseId`. The table
 * belongs to the debt-cases projection; the slice reads it by SQL only. The list trails the log by moments,
 * so a case registered a moment ago may not be among them yet.
 */
export async function openCasesOfDebtor(
  pool: pg.Pool,
  debtor: { typedCitizenId?: string | null; caseId?: string },
): Promise<OpenDebtCase[]> {
  const digits = toArabicDigits(debtor.typedCitizenId ?? '').replace(/\D/g, '');
  const { rows } = await pool.query<OpenDebtCase>(
    `SELECT o.case_id AS "caseId", o.creditor_keys AS "creditorKeys" FROM debt_cases o
     WHERE o.status <> 'CLOSED'
       AND o.debtor_citizen_id = COALESCE($1, (SELECT c.debtor_citizen_id FROM debt_cases c WHERE c.case_id = $2))
     ORDER BY o.registered_at, o.case_id`,
    [digits || null, debtor.caseId ?? null],
  );
  return rows;
}
