import type { HistorySpec } from '../../audit/field-changes.js';
import { districtName, provinceName, thaiDate, thaiInstant, yesNo } from '../../audit/value-text.js';
import { governorSummaryDecider, type GovernorSummaryState } from './governor-summary.decider.js';
import type { GovernorSummaryEvent } from './governor-summary.events.js';

/** How a `governor-summary-…` stream reads in the audit history: who sent the month's summary, when, on time or late. */
export const governorSummaryHistory: HistorySpec<GovernorSummaryEvent, GovernorSummaryState> = {
  initialState: governorSummaryDecider.initialState,
  evolve: governorSummaryDecider.evolve,
  view: (state) => state && {
    month: state.month, districtCode: state.districtCode, provinceCode: state.provinceCode,
    sentBy: `${state.sentBy.nameTh} (${state.sentBy.positionTh})`, at: state.at, dueOn: state.dueOn, late: String(state.late),
  },
  facts: () => ({}),
  types: { ComplaintSummarySentToGovernor: { th: 'รับรองและส่งสรุปผลเสนอผู้ว่าราชการจังหวัด', en: 'Summary certified and sent to the governor' } },
  fields: {
    month: { th: 'เดือน', en: 'Month' },
    districtCode: { th: 'อำเภอ/เขต', en: 'District', text: districtName },
    provinceCode: { th: 'จังหวัด', en: 'Province', text: provinceName },
    sentBy: { th: 'ผู้รับรองและส่ง', en: 'Sent by' },
    at: { th: 'วันเวลาที่ส่ง', en: 'Sent at', text: thaiInstant },
    dueOn: { th: 'กำหนดส่ง', en: 'Due on', text: thaiDate },
    late: { th: 'ส่งล่าช้า', en: 'Late', text: yesNo },
  },
};
