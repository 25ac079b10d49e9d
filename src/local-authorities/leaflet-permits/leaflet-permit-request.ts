import { addDays } from '../../calendar/calendar-day.js';
import { requireSubdistrict } from '../../geography/geography.js';
import { parseCitizenId } from '../../shared/citizen-id.js';
import { parseCompanyId } from '../../shared/company-id.js';
import { parseDateInput } from '../../shared/date-input.js';
import { FieldErrors, parseEach } from '../../shared/field-errors.js';
import { parsePhone } from '../../shared/phone.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import { optionalText, requireText } from '../../shared/text-input.js';
import type { ApplicantInput, PlaceInput, RequestLeafletPermit } from './leaflet-permit.commands.js';
import type { Applicant, LeafletPermitRequestedData, PermitAuthority, PermitPlace } from './leaflet-permit.events.js';
import { leafletErrors } from './leaflet-permit-errors.js';

/** The bounds every request is held to, so every read model and document holds what is accepted. */
export const LEAFLET_LIMITS = {
  name: 200, advertisement: 1000, placeDescription: 200, places: 20, periodDays: 366, leaflets: 1_000_000, note: 1000,
  conditions: 20, conditionText: 500,
} as const;

/** Thailand's extent, a little generously: latitude 5.6 (Betong) to 20.5 (Mae Sai), longitude 97.3 to 105.7. */
const THAILAND = { lat: [5.6, 20.5], lon: [97.3, 105.7] } as const;
const COORDINATE = /^-?\d{1,3}(\.\d{1,7})?$/;

function parseApplicant(input: ApplicantInput): Applicant {
  const fields = new FieldErrors();
  const kind = fields.take(() => {
    if (input.kind !== 'PERSON' && input.kind !== 'JURISTIC') throw leafletErrors.applicantKind('applicant.kind');
    return input.kind;
  });
  const name = fields.take(() => requireText(input.name, 'applicant.name', LEAFLET_LIMITS.name));
  const idNumber = fields.after([kind], (k) => (k === 'PERSON'
    ? parseCitizenId(input.idNumber, 'applicant.idNumber') : parseCompanyId(input.idNumber, 'applicant.idNumber')));
  const phone = fields.take(() => parsePhone(input.phone, 'applicant.phone'));
  return fields.done({ kind, name, idNumber, phone });
}

/** A coordinate as typed (Thai digits accepted), kept as its exact decimal text within `range`. */
function parseCoordinate(input: string, what: 'lat' | 'lon', range: readonly [number, number], field: string): string {
  const text = toArabicDigits(String(input ?? '')).trim();
  if (!COORDINATE.test(text)) throw leafletErrors.coordinate(input, what, field);
  const value = Number(text);
  if (value < range[0] || value > range[1]) throw leafletErrors.outsideThailand(field);
  return text;
}

function parsePlace(input: PlaceInput, index: number, districtCode: string): PermitPlace {
  const field = `places[${index}]`;
  const description = optionalText(input.description, `${field}.description`, LEAFLET_LIMITS.placeDescription);
  const hasPoint = !!(input.lat?.trim() || input.lon?.trim());
  const hasSubdistrict = !!input.subdistrictCode?.trim();
  if (hasPoint === hasSubdistrict) throw leafletErrors.placeKind(field);
  if (hasSubdistrict) {
    const subdistrict = requireSubdistrict(input.subdistrictCode!, `${field}.subdistrictCode`);
    if (subdistrict.districtCode !== districtCode) throw leafletErrors.placeOutsideAuthority(subdistrict.code, `${field}.subdistrictCode`);
    return { kind: 'SUBDISTRICT', code: subdistrict.code, nameTh: subdistrict.nameTh, description };
  }
  const fields = new FieldErrors();
  const lat = fields.take(() => parseCoordinate(input.lat ?? '', 'lat', THAILAND.lat, `${field}.lat`));
  const lon = fields.take(() => parseCoordinate(input.lon ?? '', 'lon', THAILAND.lon, `${field}.lon`));
  return { kind: 'POINT', ...fields.done({ lat, lon }), description };
}

function parseLeaflets(input: string): number {
  const text = toArabicDigits(String(input ?? '')).replace(/,/g, '').trim();
  const value = /^\d{1,7}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= 1 && value <= LEAFLET_LIMITS.leaflets)) throw leafletErrors.leafletCount(input, LEAFLET_LIMITS.leaflets);
  return value;
}

/**
 * The request's facts, every field checked at once: the applicant (citizen id or juristic id with its check digit),
 * what is advertised, 1 to 20 places (points inside Thailand or subdistricts of the authority's district), a period
 * starting no earlier than the request day and at most 366 days long, 1 to 1,000,000 leaflets.
 */
export function parseRequest(
  command: RequestLeafletPermit, authority: PermitAuthority, requestedOn: string,
): Pick<LeafletPermitRequestedData, 'applicant' | 'advertisement' | 'places' | 'from' | 'to' | 'leaflets'> {
  const fields = new FieldErrors();
  const applicant = fields.take(() => parseApplicant(command.applicant ?? ({} as ApplicantInput)));
  const advertisement = fields.take(() => requireText(command.advertisement, 'advertisement', LEAFLET_LIMITS.advertisement));
  const places = fields.take(() => {
    const list = command.places ?? [];
    if (list.length < 1 || list.length > LEAFLET_LIMITS.places) throw leafletErrors.placeCount(LEAFLET_LIMITS.places);
    return parseEach(list, (place, i) => parsePlace(place, i, authority.districtCode));
  });
  const from = fields.take(() => parseDateInput(command.from, 'from'));
  const to = fields.take(() => parseDateInput(command.to, 'to'));
  fields.after([from, to], (start, end) => {
    if (start < requestedOn) throw leafletErrors.periodStartsBeforeRequest(requestedOn);
    if (end < start) throw leafletErrors.periodEndsBeforeStart();
    if (end >= addDays(start, LEAFLET_LIMITS.periodDays)) throw leafletErrors.periodTooLong(LEAFLET_LIMITS.periodDays);
  });
  const leaflets = fields.take(() => parseLeaflets(command.leaflets));
  return fields.done({ applicant, advertisement, places, from, to, leaflets });
}

/** A list of texts (conditions, reasons): `min` to `max` items, each cleaned and bounded; blank items dropped. */
export function parseTexts(input: readonly string[] | null | undefined, field: string, min: number): string[] {
  const given = (input ?? []).filter((text) => typeof text === 'string' && text.trim() !== '');
  if (given.length < min || given.length > LEAFLET_LIMITS.conditions) throw leafletErrors.listCount(field, min, LEAFLET_LIMITS.conditions);
  return parseEach(given, (text, i) => requireText(text, `${field}[${i}]`, LEAFLET_LIMITS.conditionText));
}
