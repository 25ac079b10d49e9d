import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { checkCategoryFilter } from '../../cases/complaint/categories/complaint-categories.enums.js';
import { isDuplicateInArea, type PossibleDuplicate } from '../../cases/complaint/complaint.events.js';
import { formatThaiDate } from '../../calendar/thai-date-text.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, CLOCK, PG_POOL } from '../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { AFTER_POSITION_ARG } from '../../graphql/log-position.js';
import { centreNameTh } from '../../geography/centre-name.js';
import { areaWithin } from '../../identity/scope/area-scope.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { type Connection, emptyConnection, pageArgs } from '../../graphql/connection.types.js';
import { DomainError } from '../../shared/domain-error.js';
import type { Clock } from '../../shared/clock.js';
import { mapPage } from '../../shared/page.js';
import { projectionReached } from '../runner/projection-reached.js';
import { complaintFromLog } from './complaint-from-log.js';
import { readsListedComplaint } from './complaint-list.readers.js';
import { findComplaint, listComplaints, type ListedRow, MAX_PAGE } from './complaint-list.query.js';
import {
  ComplaintConnection, ComplaintFilter, ComplaintListItem, type ListedDuplicate, StaleComplaintCounts,
} from './complaint-list.types.js';
import { isStale, parseStaleDays, staleBefore } from './stale-days.js';
import { staleCountsByOffice } from './stale-complaints.query.js';

const PAGE = pageArgs(50, MAX_PAGE);

const notFound = () => new DomainError('COMPLAINT_NOT_FOUND', 'ไม่พบเรื่องร้องเรียนนี้', 'There is no such complaint', 'id');

/**
 * Staff views of the complaint list read model: the complaints an office of the reader's area owns now (a
 * province account: its province office's and its districts'). Row-level security keeps the same rule.
 * One complaint the list has not reached yet is folded from its stream, so a read right after receiving finds
 * it; a list read with a mutation's position waits for the list to reach it.
 */
@Resolver(() => ComplaintListItem)
export class ComplaintListResolver {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A row as the API shows it, stale by COMPLAINT_STALE_DAYS on the service clock. */
  private item(row: ListedRow): ComplaintListItem {
    return toItem(row, isStale(row.status, row.updated_at, this.clock.now(), this.config.complaintStaleDays));
  }

  @Query(() => ComplaintListItem, { nullable: true, description: 'One complaint your area owns, from the complaint list' })
  async complaint(@CurrentStaff() staff: SignedInStaff, @Args('id', { type: () => ID }) id: string): Promise<ComplaintListItem> {
    const row = await findComplaint(this.pool, id) ?? await complaintFromLog(this.store, id);
    if (!row || !readsListedComplaint(staff, row)) throw notFound();
    return this.item(row);
  }

  @Query(() => ComplaintConnection, { nullable: true, description: 'Complaints your area owns matching the filter, newest received first, a page at a time' })
  async complaints(
    @CurrentStaff() staff: SignedInStaff,
    @Args('filter', { type: () => ComplaintFilter, nullable: true }) filter?: ComplaintFilter | null,
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
    @Args('afterPosition', AFTER_POSITION_ARG) afterPosition?: string | null,
  ): Promise<Connection<ComplaintListItem>> {
    await projectionReached(this.pool, 'complaint-list', afterPosition, this.config.readWaitMs);
    const area = areaWithin(staff, filter ?? {}, { district: 'filter.district', province: 'filter.province' });
    if (!area) return emptyConnection();
    checkCategoryFilter(filter?.category, filter?.subCategory, { main: 'filter.category', sub: 'filter.subCategory' });
    const stale = filter?.staleForDays ? parseStaleDays(filter.staleForDays, 'filter.staleForDays') : null;
    const updatedBefore = stale === null ? null : staleBefore(this.clock.now(), stale);
    const page = await listComplaints(this.pool, { ...filter, ...area, updatedBefore }, first, after);
    return { ...mapPage(page, (row) => this.item(row)), totalCount: page.totalCount };
  }

  @Query(() => StaleComplaintCounts, {
    nullable: true,
    description: 'ไม่มีความคืบหน้าเกิน N วัน: your area\'s open complaints with no change for more than the days, per office holding them',
  })
  async staleComplaintCounts(
    @CurrentStaff() staff: SignedInStaff,
    @Args('days', { type: () => String, nullable: true, description: 'Whole days, 1 to 3650, Thai digits accepted; COMPLAINT_STALE_DAYS when absent' })
    days?: string | null,
    @Args('province', { type: () => String, nullable: true }) province?: string | null,
    @Args('district', { type: () => String, nullable: true }) district?: string | null,
  ): Promise<StaleComplaintCounts> {
    const counted = days ? parseStaleDays(days, 'days') : this.config.complaintStaleDays;
    const before = staleBefore(this.clock.now(), counted);
    const area = areaWithin(staff, { province, district });
    const rows = area ? await staleCountsByOffice(this.pool, area, before) : [];
    return {
      days: counted, before, total: rows.reduce((sum, row) => sum + row.count, 0),
      offices: rows.map((row) => ({
        office: { level: row.owning_level, code: row.owning_code, nameTh: centreNameTh(row.owning_level, row.owning_code) },
        count: row.count, oldestUpdateAt: row.oldest_update,
      })),
    };
  }
}

function toItem(row: ListedRow, stale: boolean): ComplaintListItem {
  return {
    complaintId: row.complaint_id,
    trackingCode: [row.tracking_code.slice(0, 4), row.tracking_code.slice(4, 8), row.tracking_code.slice(8)].join('-'),
    status: row.status,
    owningOffice: { level: row.owning_level, code: row.owning_code, nameTh: centreNameTh(row.owning_level, row.owning_code) },
    location: {
      subdistrictCode: row.location_subdistrict, districtCode: row.location_district, provinceCode: row.location_province,
      lat: row.location_lat, lng: row.location_lng,
    },
    category: { mainCode: row.category_main, subCode: row.category_sub, otherText: row.category_other_text },
    channel: row.channel,
    receivedAt: row.received_at,
    subject: row.subject,
    accusedName: row.accused_name,
    assignee: row.assignee && {
      kind: row.assignee.kind, subdistrictCode: row.assignee.subdistrictCode ?? null, name: row.assignee.name ?? null,
    },
    possibleDuplicates: row.possible_duplicates.map(toListedDuplicate),
    duplicateOf: row.duplicate_of,
    closeReason: row.close_reason,
    closedAt: row.closed_at,
    version: row.version,
    updatedAt: row.updated_at,
    stale,
  };
}

/** A stored possible duplicate of either shape: an id (in the receiving office's area), or holder, day and reason. */
function toListedDuplicate(entry: PossibleDuplicate): ListedDuplicate {
  if (isDuplicateInArea(entry)) return { reason: entry.reason, complaintId: entry.complaintId, heldBy: null, since: null, sinceTh: null };
  const { level, code } = entry.heldBy;
  return {
    reason: entry.reason, complaintId: null, heldBy: { level, code, nameTh: centreNameTh(level, code) },
    since: entry.since, sinceTh: formatThaiDate(entry.since),
  };
}
