import { DomainError } from '../shared/domain-error.js';

/** Refusals of a change to the local administrative organisations (อปท.) and their ordinance terms. */

export function authorityCodeMalformed(input: string, field: string): DomainError {
  return new DomainError('AUTHORITY_CODE_MALFORMED', `รหัส อปท. ต้องเป็นตัวเลข 7 หลัก (ได้รับ "${input}")`,
    `An authority code has 7 digits (got "${input}")`, field);
}

export function billerCodeMalformed(input: string, field: string): DomainError {
  return new DomainError('AUTHORITY_BILLER_CODE_MALFORMED', `รหัสบริษัท (Company code) ของธนาคารกรุงไทยต้องเป็นตัวเลข 4 ถึง 6 หลัก (ได้รับ "${input}")`,
    `A Krungthai bill-payment company code has 4 to 6 digits (got "${input}")`, field);
}

export function districtNotForPao(field: string): DomainError {
  return new DomainError('AUTHORITY_PAO_HAS_NO_DISTRICT', 'องค์การบริหารส่วนจังหวัดไม่ระบุอำเภอ ให้เว้นช่องอำเภอว่างไว้',
    'A provincial administrative organisation lies in no one district: leave the district empty', field);
}

export function districtRequired(field: string): DomainError {
  return new DomainError('AUTHORITY_DISTRICT_REQUIRED', 'กรุณาระบุอำเภอที่ตั้งของ อปท.', 'Give the district the authority lies in', field);
}

export function districtOutsideProvince(district: string, province: string, field: string): DomainError {
  return new DomainError('AUTHORITY_DISTRICT_OUTSIDE_PROVINCE', `อำเภอ ${district} ไม่อยู่ในจังหวัด ${province}`,
    `District ${district} is not in province ${province}`, field);
}

export function municipalityClassRequired(field: string): DomainError {
  return new DomainError('AUTHORITY_MUNICIPALITY_CLASS_REQUIRED', 'กรุณาระบุประเภทเทศบาล: นคร เมือง หรือตำบล',
    'Give the municipality its class: city, town or subdistrict', field);
}

export function municipalityClassNotApplicable(field: string): DomainError {
  return new DomainError('AUTHORITY_MUNICIPALITY_CLASS_NOT_APPLICABLE', 'ประเภทเทศบาลระบุได้เฉพาะเทศบาล',
    'Only a municipality has a municipality class', field);
}

export function authorityExists(code: string, field: string): DomainError {
  return new DomainError('AUTHORITY_ALREADY_REGISTERED', `มี อปท. รหัส ${code} ลงทะเบียนไว้แล้ว`, `Authority ${code} is already registered`, field);
}

export function authorityNotFound(code: string, field: string): DomainError {
  return new DomainError('AUTHORITY_NOT_FOUND', `ไม่พบ อปท. รหัส ${code}`, `No authority ${code} is registered`, field);
}

export function paoExists(province: string, existing: string, field: string): DomainError {
  return new DomainError('AUTHORITY_PAO_EXISTS', `จังหวัด ${province} มีองค์การบริหารส่วนจังหวัดแล้ว (รหัส ${existing})`,
    `Province ${province} already has its provincial administrative organisation (${existing})`, field);
}

export function billerCodeTaken(code: string, holder: string, field: string): DomainError {
  return new DomainError('AUTHORITY_BILLER_CODE_TAKEN', `รหัสบริษัท ${code} เป็นของ อปท. รหัส ${holder} แล้ว`,
    `Company code ${code} already belongs to authority ${holder}`, field);
}

export function paoOnlyTerm(field: string): DomainError {
  return new DomainError('TERMS_PAO_ONLY', 'อัตรานี้กำหนดได้เฉพาะองค์การบริหารส่วนจังหวัด',
    'Only a provincial administrative organisation levies this', field);
}

export function notForPaoTerm(field: string): DomainError {
  return new DomainError('TERMS_NOT_FOR_PAO', 'ใบอนุญาตโฆษณาด้วยแผ่นประกาศออกโดยเทศบาล อบต. หรือเมืองพัทยา ไม่ใช่ อบจ.',
    'Leaflet permits are issued by a municipality, SAO or Pattaya City, not a PAO', field);
}

export function termRequired(field: string): DomainError {
  return new DomainError('TERMS_VALUE_REQUIRED', 'กรุณากรอกข้อมูลช่องนี้ตามข้อบัญญัติ', 'This term is required', field);
}

export function aboveCeiling(ceilingTh: string, ceilingEn: string, field: string): DomainError {
  return new DomainError('TERMS_ABOVE_LEGAL_CEILING', `อัตราเกินเพดานที่กฎหมายกำหนด (${ceilingTh})`,
    `The rate is above the legal ceiling (${ceilingEn})`, field);
}

export function numberMalformed(input: string, decimals: number, field: string): DomainError {
  return new DomainError('TERMS_NUMBER_MALFORMED', `ให้กรอกตัวเลขไม่ติดลบ ทศนิยมไม่เกิน ${decimals} ตำแหน่ง (ได้รับ "${input}")`,
    `Give a non-negative number with at most ${decimals} decimal places (got "${input}")`, field);
}

export function wholeNumberOutOfRange(input: string, min: number, max: number, field: string): DomainError {
  return new DomainError('TERMS_NUMBER_OUT_OF_RANGE', `ให้กรอกจำนวนเต็ม ${min} ถึง ${max} (ได้รับ "${input}")`,
    `Give a whole number from ${min} to ${max} (got "${input}")`, field);
}

export function termsNotAfterLatest(latest: string, latestTh: string, field: string): DomainError {
  return new DomainError('TERMS_NOT_AFTER_LATEST', `ข้อบัญญัติใหม่ต้องมีผลหลังวันที่ ${latestTh} ซึ่งข้อบัญญัติฉบับล่าสุดมีผล ฉบับก่อนหน้าจะไม่ถูกแก้ไข`,
    `New terms must take effect after ${latest}, when the latest took effect; earlier terms are never changed`, field);
}

export function kindFixedByTerms(code: string, field: string): DomainError {
  return new DomainError('AUTHORITY_KIND_FIXED_BY_TERMS', `อปท. รหัส ${code} มีข้อบัญญัติแล้ว จึงเปลี่ยนระหว่าง อบจ. กับประเภทอื่นไม่ได้`,
    `Authority ${code} has terms enacted: it cannot change between a PAO and another kind`, field);
}
