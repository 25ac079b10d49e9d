import { findDistrict, requireProvince } from '../geography/geography.js';
import type { Measures } from './ledger/report-measures.js';
import { formatSatang, type Baht } from '../shared/money.js';

/** The figures of one report cell group, as the API and the exports show them. */
export interface Figures {
  registered: number;
  registeredSelfQrThaid: number;
  registeredThaidApp: number;
  registeredCounter: number;
  registeredPaper: number;
  contacted: number;
  mediationsHeld: number;
  agreed: number;
  notAgreed: number;
  partyAbsent: number;
  referred: number;
  closed: number;
  debtBefore: Baht;
  debtAfter: Baht;
  reduction: Baht;
  transfersIn: number;
  transfersOut: number;
  /** The standing figures; null in a daily report frozen before they were recorded (format 1). */
  creditors: number | null;
  principal: Baht | null;
  outstanding: Baht | null;
  wishingMediation: number | null;
}

/** The figures of the measures; without `standing`, the standing ones null. */
export function figuresOf(m: Measures, standing = true): Figures {
  return {
    registered: m.regSelfQrThaid + m.regThaidApp + m.regCounter + m.regPaper,
    registeredSelfQrThaid: m.regSelfQrThaid,
    registeredThaidApp: m.regThaidApp,
    registeredCounter: m.regCounter,
    registeredPaper: m.regPaper,
    contacted: m.contacted,
    mediationsHeld: m.agreed + m.notAgreed + m.partyAbsent,
    agreed: m.agreed,
    notAgreed: m.notAgreed,
    partyAbsent: m.partyAbsent,
    referred: m.referred,
    closed: m.closed,
    debtBefore: formatSatang(m.debtBefore),
    debtAfter: formatSatang(m.debtAfter),
    reduction: formatSatang(m.reduction),
    transfersIn: m.transfersIn,
    transfersOut: m.transfersOut,
    creditors: standing ? m.creditors : null,
    principal: standing ? formatSatang(m.principal) : null,
    outstanding: standing ? formatSatang(m.outstanding) : null,
    wishingMediation: standing ? m.wishingMediation : null,
  };
}

/** อำเภอเมืองมุกดาหาร, เขตพระนคร; the code itself for a district the geography no longer lists. */
export function districtTitle(code: string): string {
  const district = findDistrict(code);
  if (!district) return code;
  return `${district.isBangkokKhet ? 'เขต' : 'อำเภอ'}${district.nameTh}`;
}

/** จังหวัดมุกดาหาร, or กรุงเทพมหานคร. */
export function provinceTitle(code: string): string {
  const province = requireProvince(code);
  return province.code === '10' ? province.nameTh : `จังหวัด${province.nameTh}`;
}

/** The office a province's report is addressed from. */
export function officeTitle(provinceCode: string): string {
  return provinceCode === '10' ? 'ศูนย์ดำรงธรรมกรุงเทพมหานคร' : `ที่ทำการปกครอง${provinceTitle(provinceCode)}`;
}
