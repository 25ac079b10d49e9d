import type { DebtCaseDetail } from './case.graphql';

/** What each action's form is given: the case as it stands, and what to do once it is saved or given up. */
export interface CaseFormProps {
  caseId: string;
  detail: DebtCaseDetail;
  onDone(): void;
  onCancel(): void;
}
