import { requireChoice } from '../../shared/choice.js';
import { parseCitizenId } from '../../shared/citizen-id.js';
import { parseCompanyId } from '../../shared/company-id.js';
import { parsePhone } from '../../shared/phone.js';
import { hasText, optionalText, requireText } from '../../shared/text-input.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import { requireDistrict, requireProvince, requireSubdistrict } from '../../geography/geography.js';
import { debtErrors } from './debt-errors.js';
import type { AddressInput, CreditorAddressInput, CreditorInput, DebtorInput } from './debt-inputs.js';
import type { Address, Creditor, CreditorAddress, Debtor } from './debt-records.js';
import { CREDITOR_KINDS } from './debt-vocabulary.js';

/** Validates and normalises the people of a registration: the debtor and each creditor, with addresses. */

export function parseDebtor(input: DebtorInput, field = 'debtor'): Debtor {
  return {
    citizenId: parseCitizenId(input.citizenId, `${field}.citizenId`),
    title: requireText(input.title, `${field}.title`, 50),
    firstName: requireText(input.firstName, `${field}.firstName`, 100),
    lastName: requireText(input.lastName, `${field}.lastName`, 100),
    phone: optionalPhone(input.phone, `${field}.phone`),
    occupation: requireText(input.occupation, `${field}.occupation`, 200),
    address: parseAddress(input.address, `${field}.address`),
  };
}

export function parseCreditor(input: CreditorInput, field: string): Creditor {
  const kind = requireChoice(input.kind, CREDITOR_KINDS, `${field}.kind`);
  const citizenId = hasText(input.citizenId) ? input.citizenId : null;
  const companyId = hasText(input.companyId) ? input.companyId : null;
  if (citizenId !== null && kind !== 'PERSON') throw debtErrors.creditorIdNotForKind(`${field}.citizenId`);
  if (companyId !== null && kind !== 'COMPANY') throw debtErrors.creditorIdNotForKind(`${field}.companyId`);
  return {
    kind,
    name: requireText(input.name, `${field}.name`, 200),
    citizenId: citizenId === null ? null : parseCitizenId(citizenId, `${field}.citizenId`),
    companyId: companyId === null ? null : parseCompanyId(companyId, `${field}.companyId`),
    phone: optionalPhone(input.phone, `${field}.phone`),
    address: input.address ? parseCreditorAddress(input.address, `${field}.address`) : null,
  };
}

/** A full address: the subdistrict must lie in the district, the district in the province. */
export function parseAddress(input: AddressInput, field: string): Address {
  const province = requireProvince(input.provinceCode, `${field}.provinceCode`);
  const district = requireDistrict(input.districtCode, `${field}.districtCode`);
  if (district.provinceCode !== province.code) throw debtErrors.districtNotInProvince(`${field}.districtCode`);
  const subdistrict = requireSubdistrict(input.subdistrictCode, `${field}.subdistrictCode`);
  if (subdistrict.districtCode !== district.code) throw debtErrors.subdistrictNotInDistrict(`${field}.subdistrictCode`);
  return {
    line: requireText(toArabicDigits(input.line ?? ''), `${field}.line`),
    subdistrictCode: subdistrict.code,
    districtCode: district.code,
    provinceCode: province.code,
  };
}

/** A creditor's address as far as the debtor knows it: the province, then optionally district and subdistrict. */
function parseCreditorAddress(input: CreditorAddressInput, field: string): CreditorAddress {
  const province = requireProvince(input.provinceCode, `${field}.provinceCode`);
  const district = hasText(input.districtCode) ? requireDistrict(input.districtCode, `${field}.districtCode`) : null;
  if (district && district.provinceCode !== province.code) throw debtErrors.districtNotInProvince(`${field}.districtCode`);
  let subdistrictCode: string | null = null;
  if (hasText(input.subdistrictCode)) {
    if (!district) throw debtErrors.subdistrictWithoutDistrict(`${field}.subdistrictCode`);
    const subdistrict = requireSubdistrict(input.subdistrictCode, `${field}.subdistrictCode`);
    if (subdistrict.districtCode !== district.code) throw debtErrors.subdistrictNotInDistrict(`${field}.subdistrictCode`);
    subdistrictCode = subdistrict.code;
  }
  return {
    line: optionalText(toArabicDigits(input.line ?? ''), `${field}.line`),
    subdistrictCode,
    districtCode: district?.code ?? null,
    provinceCode: province.code,
  };
}

function optionalPhone(input: string | null | undefined, field: string): string | null {
  return hasText(input) ? parsePhone(input, field) : null;
}
