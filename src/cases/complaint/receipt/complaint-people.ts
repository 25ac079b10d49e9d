import { requireDistrict, requireSubdistrict } from '../../../geography/geography.js';
import { requireChoice } from '../../../shared/choice.js';
import { parseCitizenId } from '../../../shared/citizen-id.js';
import { parsePhone } from '../../../shared/phone.js';
import { parseFields } from '../../../shared/field-errors.js';
import { hasText, optionalText, requireText } from '../../../shared/text-input.js';
import { toArabicDigits } from '../../../shared/thai-digits.js';
import type { ComplainantInput, PartyInput } from '../complaint.commands.js';
import { PARTY_KINDS, type Complainant, type Party } from '../complaint.events.js';
import { complaintErrors } from '../complaint-errors.js';

/** The people of a complaint: the complainant (ผู้ร้อง) and the party complained about (ผู้ถูกร้องเรียน); all refusals at once. */

const NAME_MAX = 100;
const TEXT_MAX = 300;

/** A subdistrict and the district it must lie in, with the province both belong to. */
export function parsePlace(subdistrictCode: string, districtCode: string, prefix: string) {
  const { district, subdistrict } = parseFields({
    district: () => requireDistrict(districtCode, `${prefix}.districtCode`),
    subdistrict: () => requireSubdistrict(subdistrictCode, `${prefix}.subdistrictCode`),
  });
  if (subdistrict.districtCode !== district.code) throw complaintErrors.subdistrictNotInDistrict(`${prefix}.subdistrictCode`);
  return { subdistrictCode: subdistrict.code, districtCode: district.code, provinceCode: district.provinceCode };
}

const IDENTITY_FIELDS = ['citizenId', 'title', 'firstName', 'lastName', 'phone', 'address'] as const;

export function parseComplainant(input: ComplainantInput | null | undefined): Complainant {
  if (!input) throw complaintErrors.required('complainant');
  if (input.anonymous) {
    const given = IDENTITY_FIELDS.find((key) => {
      const value = input[key];
      return typeof value === 'string' ? hasText(value) : value !== null && value !== undefined;
    });
    if (given) throw complaintErrors.anonymousWithIdentity(`complainant.${given}`);
    return { anonymous: true };
  }
  const address = input.address ?? null;
  return {
    anonymous: false,
    ...parseFields({
      citizenId: () => (hasText(input.citizenId) ? parseCitizenId(input.citizenId, 'complainant.citizenId') : null),
      title: () => optionalText(input.title, 'complainant.title', NAME_MAX),
      firstName: () => requireText(input.firstName, 'complainant.firstName', NAME_MAX),
      lastName: () => requireText(input.lastName, 'complainant.lastName', NAME_MAX),
      phone: () => (hasText(input.phone) ? parsePhone(input.phone, 'complainant.phone') : null),
      address: () => (address === null ? null : parseComplainantAddress(address)),
    }),
  };
}

function parseComplainantAddress(address: NonNullable<ComplainantInput['address']>) {
  const { line, place } = parseFields({
    // House numbers such as ๑๒/๓ are stored in Arabic digits, like every other number.
    line: () => toArabicDigits(requireText(address.line, 'complainant.address.line', 500)),
    place: () => parsePlace(address.subdistrictCode, address.districtCode, 'complainant.address'),
  });
  return { line, ...place };
}

export function parseParty(input: PartyInput): Party {
  return parseFields({
    kind: () => requireChoice(input.kind, PARTY_KINDS, 'accused.kind'),
    name: () => requireText(input.name, 'accused.name', TEXT_MAX),
    position: () => optionalText(input.position, 'accused.position', TEXT_MAX),
    agency: () => optionalText(input.agency, 'accused.agency', TEXT_MAX),
  });
}
