import type { CloseReason } from '../../cases/complaint/complaint.events.js';
import { outcomeOf, stageOf } from './complaint-statistics.status.js';
import type { Figures } from './complaint-statistics.query.js';

/**
 * A correction line of a month end: the complaints received in an earlier month (correctedMonth, its first day)
 * that no month end held yet, recorded after the month before's freeze, per office holding them and main
 * category, by where they stood when this month end was frozen.
 */
export interface CorrectionRow extends Figures {
  correctedMonth: string;
  provinceCode: string;
  districtCode: string;
  categoryMain: string;
}

/** A late complaint as the statistics remember it. */
export interface LateComplaint {
  month: string;
  provinceCode: string;
  districtCode: string;
  categoryMain: string;
  status: string;
  closeReason: CloseReason | null;
}

const STAGE_FIGURE = { IN_PROGRESS: 'inProgress', RESOLVED: 'resolved', CLOSED: 'closed' } as const;
const OUTCOME_FIGURE = { SOLVED: 'solved', SET_ASIDE: 'setAside' } as const;

/** The late complaints counted per month received, office and main category. */
export function countCorrections(late: readonly LateComplaint[]): CorrectionRow[] {
  const rows = new Map<string, CorrectionRow>();
  for (const { month, provinceCode, districtCode, categoryMain, status, closeReason } of late) {
    const key = `${month}|${provinceCode}|${districtCode}|${categoryMain}`;
    const row = rows.get(key) ?? {
      correctedMonth: month, provinceCode, districtCode, categoryMain, received: 0, inProgress: 0, resolved: 0, closed: 0, solved: 0, setAside: 0,
    };
    row.received += 1;
    row[STAGE_FIGURE[stageOf(status)]] += 1;
    const outcome = outcomeOf(status, closeReason);
    if (outcome !== null) row[OUTCOME_FIGURE[outcome]] += 1;
    rows.set(key, row);
  }
  return [...rows.values()];
}
