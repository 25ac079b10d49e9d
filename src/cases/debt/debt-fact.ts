import { parseInstant } from '../../shared/date-input.js';
import type { DebtCase } from './debt-state.js';
import type { DebtCaseStatus } from './vocabulary/debt-vocabulary.js';

/** The parts every event after registration carries: the case, the instant, where it is, the status change. */
export function factOf(state: DebtCase, at: string, status: DebtCaseStatus) {
  const { districtCode, provinceCode } = state.figures;
  return { caseId: state.caseId, at: parseInstant(at, 'at'), districtCode, provinceCode, previousStatus: state.status, status };
}
