import { findDistrict, findProvince } from './geography.js';

/**
 * The Thai name of an office's Damrongdhama centre: ศูนย์ดำรงธรรมอำเภอเมืองราชบุรี จังหวัดราชบุรี,
 * ศูนย์ดำรงธรรมเขตพระนคร กรุงเทพมหานคร, ศูนย์ดำรงธรรมจังหวัดราชบุรี, ศูนย์ดำรงธรรมกรุงเทพมหานคร,
 * ศูนย์ดำรงธรรมส่วนกลาง, as complaints name the office holding them. Codes come from events, which carry only
 * codes the geography knows.
 */
export function centreNameTh(level: string, code: string): string {
  if (level === 'CENTRAL') return 'ศูนย์ดำรงธรรมส่วนกลาง';
  const province = findProvince(code.slice(0, 2));
  const district = level === 'DISTRICT' ? findDistrict(code) : undefined;
  const place = province?.code === '10' ? province.nameTh : `จังหวัด${province?.nameTh ?? code.slice(0, 2)}`;
  if (level === 'PROVINCE') return `ศูนย์ดำรงธรรม${place}`;
  const prefix = district?.isBangkokKhet ? 'เขต' : 'อำเภอ';
  return `ศูนย์ดำรงธรรม${prefix}${district?.nameTh ?? code} ${place}`;
}
