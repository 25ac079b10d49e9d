import { COMPLAINT_STREAM_PREFIX, complaintEventsIn } from '../../cases/complaint/complaint.events.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import type { ListedRow } from './complaint-list.query.js';
import { evolveRow, type ComplaintRow } from './complaint-list.row.js';

/**
 * The complaint's list row as the projection will write it, folded from its stream: what `complaint` answers
 * for a complaint the list has not reached yet (received a moment ago), so that a read right after the
 * mutation finds it.
 */
export async function complaintFromLog(store: EventStore, complaintId: string): Promise<ListedRow | undefined> {
  if (complaintId.trim() === '') return undefined;
  const events = complaintEventsIn(await store.readStream(`${COMPLAINT_STREAM_PREFIX}${complaintId}`));
  const row = events.reduce<ComplaintRow | undefined>((folded, { stored, event }) => evolveRow(folded, event, stored.version), undefined);
  return row && listedRowOf(row);
}

/** The folded row in the shape the list query reads it back. */
function listedRowOf(row: ComplaintRow): ListedRow {
  return {
    complaint_id: row.complaintId,
    tracking_code: row.trackingCode,
    status: row.status as ListedRow['status'],
    owning_level: row.owningLevel as ListedRow['owning_level'],
    owning_code: row.owningCode,
    location_subdistrict: row.locationSubdistrict,
    location_district: row.locationDistrict,
    location_province: row.locationProvince,
    location_lat: row.locationLat,
    location_lng: row.locationLng,
    category_main: row.categoryMain,
    category_sub: row.categorySub,
    category_other_text: row.categoryOtherText,
    channel: row.channel as ListedRow['channel'],
    received_at: new Date(row.receivedAt),
    received_key: new Date(row.receivedAt).toISOString(),
    subject: row.subject,
    accused_name: row.accusedName,
    assignee: row.assignee as ListedRow['assignee'],
    possible_duplicates: row.possibleDuplicates as ListedRow['possible_duplicates'],
    duplicate_of: row.duplicateOf,
    close_reason: row.closeReason as ListedRow['close_reason'],
    closed_at: row.closedAt === null ? null : new Date(row.closedAt),
    version: row.version,
    updated_at: new Date(row.updatedAt),
  };
}
