import { requireSubdistrict } from '../../geography/geography.js';
import { requireChoice } from '../../shared/choice.js';
import { parseCitizenId } from '../../shared/citizen-id.js';
import { parseCompanyId } from '../../shared/company-id.js';
import { DomainError } from '../../shared/domain-error.js';
import { FieldErrors } from '../../shared/field-errors.js';
import { requireText } from '../../shared/text-input.js';
import type { LocalAuthority } from '../local-authority.decider.js';
import { RETURN_KINDS, type ReturnKind } from '../monthly-returns/monthly-return.events.js';

/** A natural person by citizen id, or a juristic person (บริษัท, ห้างหุ้นส่วน) by its registration number. */
export const OWNER_KINDS = ['CITIZEN', 'JURISTIC'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

/** สถานประกอบการ: a business a PAO collects its monthly levies from. */
export interface Business {
  readonly businessNo: number;
  readonly authorityCode: string;
  readonly nameTh: string;
  readonly kinds: readonly ReturnKind[];
  readonly addressLine: string;
  readonly subdistrictCode: string;
  readonly districtCode: string;
  readonly provinceCode: string;
  readonly ownerKind: OwnerKind;
  /** 13 digits with a valid check digit (the same mod-11 rule for citizens and juristic persons). */
  readonly ownerId: string;
  readonly ownerName: string;
}

export type NewBusiness = Omit<Business, 'businessNo'>;

/** What staff type to register a business; codes and ids in Thai or Arabic digits. */
export interface BusinessForm {
  authorityCode: string;
  nameTh: string;
  kinds: readonly string[];
  addressLine: string;
  subdistrictCode: string;
  ownerKind: string;
  ownerId: string;
  ownerName: string;
}

export const businessErrors = {
  authorityNotPao: () => new DomainError('BUSINESS_AUTHORITY_NOT_PAO',
    'ค่าธรรมเนียมโรงแรม ภาษีน้ำมันและภาษียาสูบเป็นของ อบจ. ให้ลงทะเบียนสถานประกอบการกับ อบจ.',
    'Hotel fee, fuel tax and tobacco tax are PAO levies: register the business with the PAO', 'authorityCode'),
  outsideProvince: () => new DomainError('BUSINESS_OUTSIDE_PROVINCE', 'ที่ตั้งสถานประกอบการต้องอยู่ในจังหวัดของ อบจ.',
    "The business must lie in the PAO's province", 'subdistrictCode'),
  kindsRequired: () => new DomainError('BUSINESS_KINDS_REQUIRED', 'เลือกประเภทกิจการอย่างน้อยหนึ่งประเภท', 'Choose at least one kind of business', 'kinds'),
  kindTaken: (kind: string, businessNo: number) => new DomainError('BUSINESS_ALREADY_REGISTERED',
    `เจ้าของรายนี้มีสถานประกอบการประเภท ${kind} กับ อบจ. นี้แล้ว (เลขทะเบียน ${businessNo})`,
    `This owner already has a ${kind} business registered with this authority (number ${businessNo})`, 'ownerIdNumber'),
  notFound: (field = 'businessNo') => new DomainError('BUSINESS_NOT_FOUND', 'ไม่พบสถานประกอบการนี้', 'No such business', field),
  outsideArea: () => new DomainError('BUSINESS_OUTSIDE_AREA', 'สถานประกอบการนี้อยู่นอกพื้นที่ของท่าน',
    'This business lies outside your area', 'subdistrictCode'),
};

/** A business as registered with `authority` (a PAO), every field checked at once. */
export function decideBusiness(authority: LocalAuthority, form: BusinessForm): NewBusiness {
  const errors = new FieldErrors();
  if (authority.kind !== 'PAO') errors.add(businessErrors.authorityNotPao());
  const nameTh = errors.take(() => requireText(form.nameTh, 'nameTh', 200));
  const kinds = errors.take(() => {
    const chosen = [...new Set(form.kinds ?? [])].map((kind) => requireChoice(kind, RETURN_KINDS, 'kinds'));
    if (chosen.length === 0) throw businessErrors.kindsRequired();
    return RETURN_KINDS.filter((kind) => chosen.includes(kind));
  });
  const addressLine = errors.take(() => requireText(form.addressLine, 'addressLine', 300));
  const place = errors.take(() => {
    const subdistrict = requireSubdistrict(form.subdistrictCode, 'subdistrictCode');
    if (subdistrict.provinceCode !== authority.provinceCode) throw businessErrors.outsideProvince();
    return subdistrict;
  });
  const ownerKind = errors.take(() => requireChoice(form.ownerKind, OWNER_KINDS, 'ownerKind'));
  const ownerId = errors.after([ownerKind], (kind) => (kind === 'CITIZEN' ? parseCitizenId(form.ownerId, 'ownerIdNumber') : parseCompanyId(form.ownerId, 'ownerIdNumber')));
  const ownerName = errors.take(() => requireText(form.ownerName, 'ownerName', 200));
  const valid = errors.done({ nameTh, kinds, addressLine, place, ownerKind, ownerId, ownerName });
  return {
    authorityCode: authority.code, nameTh: valid.nameTh, kinds: valid.kinds, addressLine: valid.addressLine,
    subdistrictCode: valid.place.code, districtCode: valid.place.districtCode, provinceCode: valid.place.provinceCode,
    ownerKind: valid.ownerKind, ownerId: valid.ownerId, ownerName: valid.ownerName,
  };
}
