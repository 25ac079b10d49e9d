import { requireChoice } from '../../../shared/choice.js';
import { parseCitizenId } from '../../../shared/citizen-id.js';
import { parseCompanyId } from '../../../shared/company-id.js';
import { parsePhone } from '../../../shared/phone.js';
import { hasText, optionalText, requireText } from '../../../shared/text-input.js';
import { toArabicDigits } from '../../../shared/thai-digits.js';
import { FieldErrors, parseFields } from '../../../shared/field-errors.js';
import { requireDistrict, requireProvince, requireSubdistrict } from '../../../geography/geography.js';
import { debtErrors } from '../debt-errors.js';
import type { AddressInput, CreditorAddressInput, CreditorInput, DebtorInput } from './debt-inputs.js';
import type { Address, Creditor, CreditorAddress, Debtor } from '../debt-records.js';
import { CREDITOR_KINDS } from '../vocabulary/debt-vocabulary.js';

/** Validates and normalises the people of a registration: the debtor and each creditor, with addresses; all refusals at once. */

export function parseDebtor(input: DebtorInput, field = 'debtor'): Debtor {
  return parseFields({
    citizenId: () => parseCitizenId(input.citizenId, `${field}.citizenId`),
    title: () => requireText(input.title, `${field}.title`, 50),
    firstName: () => requireText(input.firstName, `${field}.firstName`, 100),
    lastName: () => requireText(input.lastName, `${field}.lastName`, 100),
    phone: () => optionalPhone(input.phone, `${field}.phone`),
    occupation: () => requireText(input.occupation, `${field}.occupation`, 200),
    address: () => parseAddress(input.address, `${field}.address`),
  });
}

export function parseCreditor(input: CreditorInput, field: string): Creditor {
  const fields = new FieldErrors();
  const kind = fields.take(() => requireChoice(input.kind, CREDITOR_KINDS, `${field}.kind`));
  const creditor = {
    kind,
    name: fields.take(() => requireText(input.name, `${field}.name`, 200)),
    citizenId: fields.after([kind], (kind) => creditorId(input.citizenId, kind === 'PERSON', parseCitizenId, `${field}.citizenId`)),
    companyId: fields.after([kind], (kind) => creditorId(input.companyId, kind === 'COMPANY', parseCompanyId, `${field}.companyId`)),
    phone: fields.take(() => optionalPhone(input.phone, `${field}.phone`)),
    address: fields.take(() => (input.address ? parseCreditorAddress(input.address, `${field}.address`) : null)),
  };
  return fields.done(creditor);
}

/** A citizen id for a person creditor, a company id for a company; either may be left out. */
function creditorId(input: string | null | undefined, forKind: boolean, parse: (input: string, field: string) => string, field: string) {
  if (!hasText(input)) return null;
  if (!forKind) throw debtErrors.creditorIdNotForKind(field);
  return parse(input, field);
}

/**
 * A full address: the subdistrict must lie in the district, the district in the province (each checked once the codes
 * it relates have passed).
 */
export function parseAddress(input: AddressInput, field: string): Address {
  const fields = new FieldErrors();
  const line = fields.take(() => requireText(toArabicDigits(input.line ?? ''), `${field}.line`));
  const province = fields.take(() => requireProvince(input.provinceCode, `${field}.provinceCode`));
  const given = fields.take(() => requireDistrict(input.districtCode, `${field}.districtCode`));
  const district = fields.after([province, given], (province, district) => {
    if (district.provinceCode !== province.code) throw debtErrors.districtNotInProvince(`${field}.districtCode`);
    return district;
  });
  const subdistrict = fields.take(() => requireSubdistrict(input.subdistrictCode, `${field}.subdistrictCode`));
  fields.after([district, subdistrict], (district, subdistrict) => {
    if (subdistrict.districtCode !== district.code) throw debtErrors.subdistrictNotInDistrict(`${field}.subdistrictCode`);
  });
  const parsed = fields.done({ line, province, district, subdistrict });
  return { line: parsed.line, subdistrictCode: parsed.subdistrict.code, districtCode: parsed.district.code, provinceCode: parsed.province.code };
}

/** A creditor's address as far as the debtor knows it: the province, then optionally district and subdistrict. */
function parseCreditorAddress(input: CreditorAddressInput, field: string): CreditorAddress {
  const fields = new FieldErrors();
  const line = fields.take(() => optionalText(toArabicDigits(input.line ?? ''), `${field}.line`));
  const province = fields.take(() => requireProvince(input.provinceCode, `${field}.provinceCode`));
  const given = fields.take(() => (hasText(input.districtCode) ? requireDistrict(input.districtCode, `${field}.districtCode`) : null));
  const district = fields.after([province, given], (province, district) => {
    if (district && district.provinceCode !== province.code) throw debtErrors.districtNotInProvince(`${field}.districtCode`);
    return district;
  });
  const subdistrict = fields.after([district], (district) => {
    if (!hasText(input.subdistrictCode)) return null;
    if (!district) throw debtErrors.subdistrictWithoutDistrict(`${field}.subdistrictCode`);
    const subdistrict = requireSubdistrict(input.subdistrictCode, `${field}.subdistrictCode`);
    if (subdistrict.districtCode !== district.code) throw debtErrors.subdistrictNotInDistrict(`${field}.subdistrictCode`);
    return subdistrict;
  });
  const parsed = fields.done({ line, province, district, subdistrict });
  return {
    line: parsed.line,
    subdistrictCode: parsed.subdistrict?.code ?? null,
    districtCode: parsed.district?.code ?? null,
    provinceCode: parsed.province.code,
  };
}

function optionalPhone(input: string | null | undefined, field: string): string | null {
  return hasText(input) ? parsePhone(input, field) : null;
}
