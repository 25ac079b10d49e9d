import { columnOf, MONEY_MEASURES } from './report-measures.js';

/**
 * Migration 251: the ledger's satang columns become numeric. bigint held any single row the bounded write
 * side makes (at most 5 × 10^11 satang), but not an agreement over a debt of 10^17 baht or more that the log
 * may hold from before amounts were bounded; numeric holds it, so the ledger can be rebuilt from any log.
 */
export const REPORT_LEDGER_MONEY_MIGRATION = `ALTER TABLE mediation_report_ledger
  ${MONEY_MEASURES.map((m) => `ALTER COLUMN ${columnOf(m)} TYPE numeric`).join(', ')};`;
