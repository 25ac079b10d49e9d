import type pg from 'pg';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { officeSignatories } from '../../identity/reporters/reporters.signatories.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import type { ReportReader } from '../daily/daily-report.view.js';
import type { GovernorSummaries } from '../governor-summary/governor-summary.service.js';
import { governorSummaryDocument, summaryBlock } from './governor-summary-document.js';
import type { ReportDocument } from './report-document.js';

/**
 * The summary file a reader downloads: `code` a district (its summary, signed by its reporters) or a province (its
 * districts in the reader's area, with which of them sent it).
 */
export async function governorSummaryFile(
  summaries: GovernorSummaries, store: Pick<EventStore, 'readStream'>, accounts: pg.Pool, reader: ReportReader, month: string, code: string, now: Date,
): Promise<ReportDocument> {
  const typed = toArabicDigits(code).trim();
  const district = typed.length === 4;
  const view = await summaries.summary(reader, month, district ? { districtCode: typed } : { provinceCode: typed });
  const office = view.districtCode ? { kind: 'DISTRICT' as const, code: view.districtCode } : { kind: 'PROVINCE' as const, code: view.provinceCode };
  const people = await officeSignatories(store, accounts, office);
  const sendings = view.districtCode
    ? [{ districtCode: view.districtCode, sent: await summaries.sent(view.districtCode, view.month) }]
    : (await summaries.ofProvince(reader, view.month, view.provinceCode)).districts;
  return governorSummaryDocument(view, now, summaryBlock(view, people, sendings));
}
