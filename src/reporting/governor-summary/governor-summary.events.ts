import type { CalendarDay } from '../../calendar/calendar-day.js';
import type { Signatory } from '../../identity/reporters/reporters.signatories.js';

/**
 * สรุปผลการดำเนินงานของศูนย์ดำรงธรรมอำเภอเสนอผู้ว่าราชการจังหวัด (seed 004): a district's monthly complaint summary,
 * certified and sent by one of its responsible reporters, once per district and month (one stream each).
 */
export type GovernorSummaryEvent = {
  type: 'ComplaintSummarySentToGovernor';
  data: {
    /** YYYY-MM (CE). */
    month: string;
    districtCode: string;
    provinceCode: string;
    sentBy: Signatory;
    /** The district's two responsible reporters and its chief when it was sent. */
    reporters: Signatory[];
    chief: Signatory | null;
    at: string;
    /** The 1st of the next month, or the working day after it (working-day calendar). */
    dueOn: CalendarDay;
    late: boolean;
    /** The SHA-256 of the frozen month end the summary was made of. */
    monthEndSha256: string | null;
  };
};

export type GovernorSummarySent = GovernorSummaryEvent['data'];

/** `governor-summary-7001-2025-02`. */
export const governorSummaryStreamId = (districtCode: string, month: string) => `governor-summary-${districtCode}-${month}`;
