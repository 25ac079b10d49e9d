import { formatThaiDate, formatThaiDateTime } from '../calendar/thai-date-text.js';
import { findDistrict, findProvince, findSubdistrict } from '../geography/geography.js';
import { groupedBaht } from '../shared/money.js';

/** How stored values read to Thai staff in a history (field-changes.ts): each takes the value as stored. */

export const codeNames = (names: Readonly<Record<string, string>>) => (code: string): string => names[code] ?? code;

export const yesNo = (value: string): string => (value === 'true' ? 'ใช่' : 'ไม่ใช่');

/** YYYY-MM-DD as `1 มิถุนายน 2566`. */
export const thaiDate = (day: string): string => formatThaiDate(day);

/** An instant as its Bangkok date and time, Buddhist Era. */
export const thaiInstant = (instant: string): string => formatThaiDateTime(new Date(instant));

export const baht = (amount: string): string => `${groupedBaht(amount)} บาท`;

export const clockTime = (time: string): string => `${time} น.`;

export const percentPerMonth = (rate: string): string => `ร้อยละ ${rate} ต่อเดือน`;

const district = (code: string): string => {
  const found = findDistrict(code);
  return found ? `${found.isBangkokKhet ? 'เขต' : 'อำเภอ'}${found.nameTh}` : code;
};

const province = (code: string): string => {
  const found = findProvince(code);
  if (!found) return code;
  return found.code === '10' ? found.nameTh : `จังหวัด${found.nameTh}`;
};

export const districtName = (code: string): string => `${code} ${district(code)}`;

export const provinceName = (code: string): string => `${code} ${province(code)}`;

export const subdistrictName = (code: string): string => {
  const found = findSubdistrict(code);
  return found ? `${code} ${found.provinceCode === '10' ? 'แขวง' : 'ตำบล'}${found.nameTh}` : code;
};

/** An office by its code alone: 4 digits a district, 2 a province, CENTRAL the centre. */
export const officeName = (code: string): string => {
  if (code === 'CENTRAL') return 'ส่วนกลาง';
  return code.length === 4 ? districtName(code) : provinceName(code);
};
