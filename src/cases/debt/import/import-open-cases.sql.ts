import type pg from 'pg';
import type { OpenDebtCase } from '../debt-inputs.js';

/**
 * The open cases of many debtors at once, from the case list (debt_cases, kept by the debt-cases
 * projection; read here by SQL only), for the duplicate rule. The list trails the log by moments.
 */
export async function openCasesOfDebtors(pool: pg.Pool, citizenIds: readonly string[]): Promise<Map<string, OpenDebtCase[]>> {
  const { rows } = await pool.query<{ citizen_id: string; case_id: string; creditor_keys: string[] }>(
    `SELECT debtor_citizen_id AS citizen_id, case_id, creditor_keys FROM debt_cases
     WHERE status <> 'CLOSED' AND debtor_citizen_id = ANY($1::text[])`,
    [citizenIds],
  );
  const open = new Map<string, OpenDebtCase[]>();
  for (const row of rows) {
    const cases = open.get(row.citizen_id) ?? [];
    cases.push({ caseId: row.case_id, creditorKeys: row.creditor_keys });
    open.set(row.citizen_id, cases);
  }
  return open;
}
