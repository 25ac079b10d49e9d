import { complaintHistory } from '../cases/complaint/detail/complaint-history.js';
import { districtNewsHistory } from '../cases/complaint/news/district-news-history.js';
import { debtHistory } from '../cases/debt/detail/debt-history.js';
import { accountHistory, reportersHistory } from '../identity/accounts/account-history.js';
import { LEAFLET_EVENT_LABELS } from '../local-authorities/leaflet-permits/leaflet-permit-history.labels.js';
import { governorSummaryHistory } from '../reporting/governor-summary/governor-summary.history.js';
import type { HistorySpec, Label } from './field-changes.js';

/** How each kind of stream reads as typed changes, by the prefix of its id. */
const SPECS: readonly [string, HistorySpec<any, any>][] = [
  ['debt-', debtHistory],
  ['complaint-', complaintHistory],
  ['account-', accountHistory],
  ['reporters-', reportersHistory],
  ['news-', districtNewsHistory],
  ['governor-summary-', governorSummaryHistory],
];

/** The names of the events of streams whose histories list events without their field changes, by the prefix of their id. */
const NAMES_ONLY: readonly [string, Readonly<Record<string, Label>>][] = [
  ['leaflet-', LEAFLET_EVENT_LABELS],
];

export function historySpecOf(streamId: string): HistorySpec<any, any> | undefined {
  return SPECS.find(([prefix]) => streamId.startsWith(prefix))?.[1];
}

/** The Thai and English names the histories give an event type of a stream; none for a type they do not name. */
export function eventLabelOf(streamId: string, type: string): Label | undefined {
  const names = historySpecOf(streamId)?.types ?? NAMES_ONLY.find(([prefix]) => streamId.startsWith(prefix))?.[1];
  return names?.[type];
}
