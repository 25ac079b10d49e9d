import { upcaster, type Upcaster } from '../../shared/event-schema.js';
import type { Baht } from '../../shared/money.js';
import type { AgreementFigures } from './debt-records.js';
import type { DebtEventData } from './debt.events.js';

type OutcomeV2 = DebtEventData<'DebtMediationOutcomeRecorded'>;

/** DebtMediationOutcomeRecorded as written in version 1: the agreement's three figures loose, each null unless AGREED. */
export type OutcomeV1 = Omit<OutcomeV2, 'agreement'> & { debtBefore: Baht | null; debtAfter: Baht | null; reduction: Baht | null };

/**
 * DebtMediationOutcomeRecorded 1 → 2, "agreement as one part". ไกล่เกลี่ยสำเร็จ is recorded with the debt before,
 * the debt after and the reduction (seed 001): one agreement, which version 1 held as three loose nullable figures.
 * Every reader (the case's state, its detail, the case list, the district counts, the report ledger) rebuilt the
 * agreement from them with the same all-three-or-none test, and nothing said a half-filled triple could not be.
 * Version 2 holds `agreement: AgreementFigures | null`, the part the transfer already carries. The figures of a
 * version-1 event become the agreement when all three are set, and no agreement otherwise, as every reader took them.
 */
export const outcomeAgreementAsOnePart = upcaster<OutcomeV1, OutcomeV2>({
  type: 'DebtMediationOutcomeRecorded',
  from: 1,
  name: 'agreement as one part',
  reason: 'an agreement (ไกล่เกลี่ยสำเร็จ) is one fact: its debt before, debt after and reduction together or not at all',
  up({ debtBefore, debtAfter, reduction, ...rest }) {
    if (debtBefore === undefined || debtAfter === undefined || reduction === undefined) throw new Error('no debtBefore, debtAfter and reduction');
    const agreement: AgreementFigures | null = debtBefore !== null && debtAfter !== null && reduction !== null
      ? { debtBefore, debtAfter, reduction } : null;
    return { ...rest, agreement };
  },
});

/** Every step of the debt events' shapes, oldest first (see DEBT_EVENT_SCHEMA_VERSIONS). */
export const DEBT_UPCASTERS: readonly Upcaster[] = [outcomeAgreementAsOnePart];
