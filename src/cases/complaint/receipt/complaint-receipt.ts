import { requireChoice } from '../../../shared/choice.js';
import { parseInstant } from '../../../shared/date-input.js';
import { FieldErrors, parseFields } from '../../../shared/field-errors.js';
import { hasText, requireText } from '../../../shared/text-input.js';
import { findMainCategory, findSubCategory, OTHER_CATEGORY } from '../categories/complaint-categories.enums.js';
import { accusedKey, findDuplicateMatches, possibleDuplicateSeenBy } from '../duplicates/complaint-duplicates.js';
import { complaintErrors } from '../complaint-errors.js';
import { parsePoint, parseReceivedAt, requireLongText } from '../complaint-input.js';
import { parseOffice } from '../complaint-office.js';
import { parseComplainant, parseParty, parsePlace } from './complaint-people.js';
import type { ReceiveComplaint } from '../complaint.commands.js';
import { COMPLAINT_CHANNELS, type ComplaintCategory, type ComplaintEvent, type ComplaintLocation } from '../complaint.events.js';
import { parseTrackingCode } from './tracking-code.js';

/**
 * รับเรื่อง: checks and normalises a new complaint into ComplaintReceived (every refusal of its fields at once), with
 * its possible duplicates as the receiving office may see them (an id in its area; elsewhere only holder, day and reason).
 */
export function decideReceive(command: ReceiveComplaint): ComplaintEvent[] {
  const fields = new FieldErrors();
  const at = fields.take(() => parseInstant(command.at, 'at'));
  const office = fields.take(() => parseOffice(command.actingOffice, 'actingOffice'));
  const complaintId = fields.take(() => requireText(command.complaintId, 'complaintId', 100));
  const trackingCode = fields.take(() => parseTrackingCode(command.trackingCode));
  const channel = fields.take(() => requireChoice(command.channel, COMPLAINT_CHANNELS, 'channel'));
  const receivedAt = fields.after([at], (at) => {
    const receivedAt = command.receivedAt ? parseReceivedAt(command.receivedAt, 'receivedAt') : at;
    if (Date.parse(receivedAt) > Date.parse(at)) throw complaintErrors.receivedInFuture();
    return receivedAt;
  });
  const complainant = fields.take(() => parseComplainant(command.complainant));
  const subject = fields.take(() => requireText(command.subject, 'subject', 300));
  const description = fields.take(() => requireLongText(command.description, 'description', 10_000));
  const category = fields.take(() => parseCategory(command.category));
  const location = fields.take(() => parseLocation(command.location));
  const accused = fields.take(() => (command.accused ? parseParty(command.accused) : null));
  fields.after([category, accused], (category, accused) => {
    if (category.mainCode === 'STATE_OFFICIAL' && accused === null) throw complaintErrors.accusedRequired();
  });
  const received = fields.done({ at, office, complaintId, trackingCode, channel, receivedAt, complainant, subject, description, category, location, accused });
  const matches = findDuplicateMatches(
    {
      complaintId: received.complaintId,
      complainantCitizenId: received.complainant.anonymous ? null : received.complainant.citizenId,
      accusedKey: received.accused === null ? null : accusedKey(received.accused),
      subject: received.subject,
      receivedAt: received.receivedAt,
    },
    command.candidates ?? [],
  );
  const { office: by, ...data } = received;
  const possibleDuplicates = matches.map((match) => possibleDuplicateSeenBy(by, match));
  return [{
    type: 'ComplaintReceived',
    data: {
      complaintId: data.complaintId, at: data.at, by, trackingCode: data.trackingCode, channel: data.channel,
      receivedAt: data.receivedAt, owningOffice: by, complainant: data.complainant, subject: data.subject,
      description: data.description, category: data.category, location: data.location, accused: data.accused, possibleDuplicates,
    },
  }];
}

/** The main category, then a sub category of it (or, under OTHER, a written-in one). */
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
  const { place, point } = parseFields({
    place: () => parsePlace(input.subdistrictCode, input.districtCode, 'location'),
    point: () => (input.point ? parsePoint(input.point, 'location.point') : null),
  });
  return { ...place, point };
}
