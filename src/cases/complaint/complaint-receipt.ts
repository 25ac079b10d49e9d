import { requireChoice } from '../../shared/choice.js';
import { parseInstant } from '../../shared/date-input.js';
import { hasText, requireText } from '../../shared/text-input.js';
import { findMainCategory, findSubCategory, OTHER_CATEGORY } from './complaint-categories.js';
import { accusedKey, findDuplicateMatches, possibleDuplicateSeenBy } from './complaint-duplicates.js';
import { complaintErrors } from './complaint-errors.js';
import { parsePoint, parseReceivedAt, requireLongText } from './complaint-input.js';
import { parseOffice } from './complaint-office.js';
import { parseComplainant, parseParty, parsePlace } from './complaint-people.js';
import type { ReceiveComplaint } from './complaint.commands.js';
import { COMPLAINT_CHANNELS, type ComplaintCategory, type ComplaintEvent, type ComplaintLocation } from './complaint.events.js';
import { parseTrackingCode } from './tracking-code.js';

/**
 * รับเรื่อง: checks and normalises a new complaint into ComplaintReceived, with its possible duplicates as the
 * receiving office may see them (an id in its area; elsewhere only holder, day and reason).
 */
export function decideReceive(command: ReceiveComplaint): ComplaintEvent[] {
  const at = parseInstant(command.at, 'at');
  const receivedAt = command.receivedAt ? parseReceivedAt(command.receivedAt, 'receivedAt') : at;
  if (Date.parse(receivedAt) > Date.parse(at)) throw complaintErrors.receivedInFuture();
  const office = parseOffice(command.actingOffice, 'actingOffice');
  const complaintId = requireText(command.complaintId, 'complaintId', 100);
  const complainant = parseComplainant(command.complainant);
  const subject = requireText(command.subject, 'subject', 300);
  const category = parseCategory(command.category);
  const accused = command.accused ? parseParty(command.accused) : null;
  if (category.mainCode === 'STATE_OFFICIAL' && accused === null) throw complaintErrors.accusedRequired();
  const matches = findDuplicateMatches(
    {
      complaintId,
      complainantCitizenId: complainant.anonymous ? null : complainant.citizenId,
      accusedKey: accused === null ? null : accusedKey(accused),
      subject,
      receivedAt,
    },
    command.candidates ?? [],
  );
  const possibleDuplicates = matches.map((match) => possibleDuplicateSeenBy(office, match));
  return [{
    type: 'ComplaintReceived',
    data: {
      complaintId,
      at,
      by: office,
      trackingCode: parseTrackingCode(command.trackingCode),
      channel: requireChoice(command.channel, COMPLAINT_CHANNELS, 'channel'),
      receivedAt,
      owningOffice: office,
      complainant,
      subject,
      description: requireLongText(command.description, 'description', 10_000),
      category,
      location: parseLocation(command.location),
      accused,
      possibleDuplicates,
    },
  }];
}

function parseCategory(input: ReceiveComplaint['category'] | null | undefined): ComplaintCategory {
  const mainCode = requireText(input?.main, 'category.main', 50);
  const main = findMainCategory(mainCode);
  if (!main) throw complaintErrors.categoryUnknown(mainCode);
  if (main.code === OTHER_CATEGORY) {
    if (hasText(input?.sub)) throw complaintErrors.subCategoryUnknown(input.sub);
    return { mainCode, subCode: null, otherText: requireText(input?.otherText, 'category.otherText', 200) };
  }
  if (hasText(input?.otherText)) throw complaintErrors.otherTextNotAllowed();
  const subCode = requireText(input?.sub, 'category.sub', 50);
  if (!findSubCategory(mainCode, subCode)) throw complaintErrors.subCategoryUnknown(subCode);
  return { mainCode, subCode, otherText: null };
}

function parseLocation(input: ReceiveComplaint['location'] | null | undefined): ComplaintLocation {
  if (!input) throw complaintErrors.required('location');
  return {
    ...parsePlace(input.subdistrictCode, input.districtCode, 'location'),
    point: input.point ? parsePoint(input.point, 'location.point') : null,
  };
}
