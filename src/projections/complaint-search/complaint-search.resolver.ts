import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { formatThaiDateTime } from '../../calendar/thai-date-text.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, PG_POOL } from '../../database/database.module.js';
import { centreNameTh } from '../../geography/centre-name.js';
import { AFTER_POSITION_ARG } from '../../graphql/log-position.js';
import { type Connection, emptyConnection, pageArgs } from '../../graphql/connection.types.js';
import { areaWithin } from '../../identity/scope/area-scope.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { mapPage } from '../../shared/page.js';
import type { ComplaintStatus } from '../../cases/complaint/complaint.events.js';
import { projectionReached } from '../runner/projection-reached.js';
import { MAX_SEARCH_PAGE, searchComplaints, type SearchHitRow } from './complaint-search.query.js';
import { ComplaintSearchConnection, ComplaintSearchHit } from './complaint-search.types.js';
import { bestSnippet } from './search-snippet.js';
import { type SearchTerm, searchTermOf } from './search-term.js';

const PAGE = pageArgs(20, MAX_SEARCH_PAGE);

/**
 * ค้นหาเรื่องร้องเรียน for staff taking a call: by tracking code, citizen id, names, or words of the subject,
 * description and scanned documents, within the reader's area (as the complaint list: a district its own, a
 * province its office's and districts', the centre all). Row-level security holds the same rule.
 */
@Resolver(() => ComplaintSearchHit)
export class ComplaintSearchResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => ComplaintSearchConnection, {
    nullable: true,
    description: 'Complaints your area holds matching a tracking code, a citizen id, names or Thai words (no spaces needed), best first',
  })
  async searchComplaints(
    @CurrentStaff() staff: SignedInStaff,
    @Args('text', { type: () => String, description: 'Tracking code, 13-digit citizen id, a name or words; Thai digits accepted; up to 200 characters' })
    text: string,
    @Args('first', PAGE.first) first = 20,
    @Args('after', PAGE.after) after?: string | null,
    @Args('province', { type: () => String, nullable: true, description: 'Only this province (within your area)' }) province?: string | null,
    @Args('district', { type: () => String, nullable: true, description: 'Only this district (within your area)' }) district?: string | null,
    @Args('afterPosition', AFTER_POSITION_ARG) afterPosition?: string | null,
  ): Promise<Connection<ComplaintSearchHit>> {
    const term = searchTermOf(text, 'text');
    await projectionReached(this.pool, 'complaint-search', afterPosition, this.config.readWaitMs);
    const area = areaWithin(staff, { province, district });
    if (!area) return emptyConnection();
    const page = await searchComplaints(this.pool, term, area, first, after);
    return { ...mapPage(page, (row) => toHit(row, term)), totalCount: page.totalCount };
  }
}

function toHit(row: SearchHitRow, term: SearchTerm): ComplaintSearchHit {
  const code = row.tracking_code;
  const snippet = bestSnippet(term.words, {
    subject: row.subject, description: row.description,
    documents: Object.entries(row.documents).map(([id, document]) => [id, document.text]),
  });
  const matchedIn = row.exact_code ? 'TRACKING_CODE' : row.exact_citizen ? 'CITIZEN_ID' : snippet?.field ?? 'NAME';
  return {
    complaintId: row.complaint_id,
    trackingCode: [code.slice(0, 4), code.slice(4, 8), code.slice(8)].join('-'),
    status: row.status as ComplaintStatus,
    owningOffice: { level: row.owning_level, code: row.owning_code, nameTh: centreNameTh(row.owning_level, row.owning_code) },
    receivedAt: row.received_at,
    receivedAtTh: formatThaiDateTime(row.received_at),
    subject: row.subject,
    rank: row.rank,
    matchedIn,
    documentId: matchedIn === 'DOCUMENT' ? snippet!.documentId : null,
    snippet: snippet?.parts ?? [],
  };
}
