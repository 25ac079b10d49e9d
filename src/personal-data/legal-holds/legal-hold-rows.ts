import { formatThaiDateTime } from '../../calendar/thai-date-text.js';
import type { HeldCaseType } from './legal-hold.events.js';
import type { LegalHoldObject } from './legal-holds.types.js';

/** A row of legal_holds as the list reads it. */
export interface LegalHoldRow {
  case_stream_id: string;
  hold_no: number;
  case_type: HeldCaseType;
  case_id: string;
  reason: string;
  order_reference: string;
  placed_at: Date;
  placed_by: string;
  placed_by_office: string | null;
  lifted_at: Date | null;
  lifted_by: string | null;
  lifted_by_office: string | null;
  lift_reason: string | null;
}

export const LIST_COLUMNS = `case_stream_id, hold_no, case_type, case_id, reason, order_reference, placed_at, placed_by, placed_by_office,
  lifted_at, lifted_by, lifted_by_office, lift_reason`;

export function legalHoldOfRow(row: LegalHoldRow): LegalHoldObject {
  return {
    caseStreamId: row.case_stream_id, caseType: row.case_type, caseId: row.case_id, holdNo: row.hold_no, holdReason: row.reason,
    orderReference: row.order_reference, active: row.lifted_at === null, placedAt: row.placed_at, placedAtTh: formatThaiDateTime(row.placed_at),
    placedActor: { actor: row.placed_by, office: row.placed_by_office },
    liftedAt: row.lifted_at, liftedAtTh: row.lifted_at ? formatThaiDateTime(row.lifted_at) : null, liftReason: row.lift_reason,
    liftedActor: row.lifted_by ? { actor: row.lifted_by, office: row.lifted_by_office } : null,
  };
}
