import { complaintHistory } from '../cases/complaint/detail/complaint-history.js';
import { districtNewsHistory } from '../cases/complaint/news/district-news-history.js';
import { debtHistory } from '../cases/debt/detail/debt-history.js';
import { accountHistory, reportersHistory } from '../identity/accounts/account-history.js';
import { governorSummaryHistory } from '../reporting/governor-summary/governor-summary.history.js';
import type { HistorySpec } from './field-changes.js';

/** How each kind of stream reads as typed changes, by the prefix of its id. */
const SPECS: readonly [string, HistorySpec<any, any>][] = [
  ['debt-', debtHistory],
  ['complaint-', complaintHistory],
  ['account-', accountHistory],
  ['reporters-', reportersHistory],
  ['news-', districtNewsHistory],
  ['governor-summary-', governorSummaryHistory],
];

export function historySpecOf(streamId: string): HistorySpec<any, any> | undefined {
  return SPECS.find(([prefix]) => streamId.startsWith(prefix))?.[1];
}
