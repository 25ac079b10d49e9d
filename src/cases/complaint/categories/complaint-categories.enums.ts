/**
 * ประเภทเรื่องร้องเรียนร้องทุกข์: the main and sub categories a complaint is filed under (reference data, a code list
 * the read models answer with and filter by: published to them as a case type's enums are).
 *
 * Seed 004 names the main category "เรื่องอื่นๆ" (sub category then written in) and, as the work of the
 * centres, land or forest-reserve encroachment, disaster prevention and help for the poor and disadvantaged;
 * seed 000 names informal debt (หนี้นอกระบบ). The remaining Thai names follow the usual wording of the
 * Damrongdhama centres and should be checked against the department's current list before go-live.
 * Codes are stable (stored in events); names may be corrected freely. Sub codes are unique across the table.
 */
import { DomainError } from '../../../shared/domain-error.js';

export interface SubCategory {
  readonly code: string;
  readonly nameTh: string;
  readonly nameEn: string;
}

export interface MainCategory {
  readonly code: string;
  readonly nameTh: string;
  readonly nameEn: string;
  /** Empty only for OTHER, whose sub category is written in as free text. */
  readonly subs: readonly SubCategory[];
}

export const OTHER_CATEGORY = 'OTHER';

const sub = (code: string, nameTh: string, nameEn: string): SubCategory => ({ code, nameTh, nameEn });

export const COMPLAINT_CATEGORIES: readonly MainCategory[] = [
  {
    code: 'REQUEST_HELP', nameTh: 'ขอความช่วยเหลือ', nameEn: 'Request for help',
    subs: [
      sub('INFORMAL_DEBT', 'หนี้นอกระบบ', 'Informal debt'),
      sub('POOR_DISADVANTAGED', 'ช่วยเหลือผู้ยากไร้และผู้ด้อยโอกาส', 'Help for the poor and disadvantaged'),
      sub('DISASTER', 'ภัยพิบัติ', 'Disaster'),
      sub('PUBLIC_UTILITIES', 'สาธารณูปโภค (ถนน ไฟฟ้า ประปา)', 'Public utilities (roads, power, water)'),
      sub('HOUSING', 'ที่อยู่อาศัย', 'Housing'),
      sub('HEALTH_CARE', 'การรักษาพยาบาล', 'Health care'),
      sub('WELFARE', 'สวัสดิการและเบี้ยยังชีพ', 'Welfare and allowances'),
    ],
  },
  {
    code: 'REQUEST_FAIRNESS', nameTh: 'ขอความเป็นธรรม', nameEn: 'Request for fairness',
    subs: [
      sub('DEBT_COLLECTION', 'การทวงถามหนี้ไม่เป็นธรรม', 'Unfair debt collection'),
      sub('LAND_ENCROACHMENT', 'การบุกรุกที่ดินหรือป่าสงวน', 'Encroachment on land or forest reserves'),
      sub('LAND_DISPUTE', 'ข้อพิพาทเรื่องที่ดิน', 'Land dispute'),
      sub('PRIVATE_DISPUTE', 'ข้อพิพาทระหว่างบุคคล', 'Dispute between private parties'),
      sub('CONSUMER', 'การถูกเอารัดเอาเปรียบทางการค้า', 'Unfair trade practices'),
      sub('LABOUR', 'แรงงานและค่าจ้าง', 'Labour and wages'),
      sub('NUISANCE', 'เหตุเดือดร้อนรำคาญ', 'Nuisance'),
    ],
  },
  {
    code: 'STATE_OFFICIAL', nameTh: 'ร้องเรียนเจ้าหน้าที่ของรัฐ', nameEn: 'Complaint about a state official',
    subs: [
      sub('OFFICIAL_CORRUPTION', 'การทุจริตหรือประพฤติมิชอบ', 'Corruption or misconduct'),
      sub('OFFICIAL_NEGLECT', 'การละเว้นการปฏิบัติหน้าที่', 'Neglect of duty'),
      sub('OFFICIAL_ABUSE', 'การใช้อำนาจโดยไม่เป็นธรรม', 'Abuse of authority'),
      sub('OFFICIAL_SERVICE', 'พฤติกรรมการให้บริการ', 'Conduct in serving the public'),
    ],
  },
  {
    code: 'TIP_OFF', nameTh: 'แจ้งเบาะแส', nameEn: 'Tip-off',
    subs: [
      sub('TIP_DRUGS', 'ยาเสพติด', 'Drugs'),
      sub('TIP_GAMBLING', 'การพนัน', 'Gambling'),
      sub('TIP_ILLEGAL_LENDING', 'การปล่อยเงินกู้นอกระบบ', 'Illegal money lending'),
      sub('TIP_HUMAN_TRAFFICKING', 'การค้ามนุษย์', 'Human trafficking'),
      sub('TIP_ILLEGAL_WORKERS', 'แรงงานต่างด้าวผิดกฎหมาย', 'Illegal foreign workers'),
      sub('TIP_OTHER_OFFENCE', 'การกระทำผิดกฎหมายอื่น', 'Other offences'),
    ],
  },
  {
    code: 'LEGAL_ADVICE', nameTh: 'ปรึกษากฎหมาย', nameEn: 'Legal advice',
    subs: [
      sub('LEGAL_CIVIL', 'กฎหมายแพ่งและพาณิชย์', 'Civil and commercial law'),
      sub('LEGAL_CRIMINAL', 'กฎหมายอาญา', 'Criminal law'),
      sub('LEGAL_FAMILY_INHERITANCE', 'ครอบครัวและมรดก', 'Family and inheritance'),
      sub('LEGAL_LAND', 'กฎหมายที่ดิน', 'Land law'),
    ],
  },
  {
    code: 'INFORMATION', nameTh: 'ขอข้อมูลข่าวสาร', nameEn: 'Information',
    subs: [
      sub('INFO_GOVERNMENT_SERVICES', 'การติดต่อราชการและขั้นตอนการขอรับบริการ', 'Government services and procedures'),
      sub('INFO_OFFICIAL_RECORDS', 'ข้อมูลข่าวสารของราชการ', 'Official information'),
      sub('INFO_GOVERNMENT_PROGRAMMES', 'โครงการและมาตรการของรัฐ', 'Government programmes and measures'),
    ],
  },
  { code: OTHER_CATEGORY, nameTh: 'เรื่องอื่นๆ', nameEn: 'Other', subs: [] },
];

const byCode = new Map(COMPLAINT_CATEGORIES.map((main) => [main.code, main]));

/** The main category with this code, or undefined. */
export function findMainCategory(code: string): MainCategory | undefined {
  return byCode.get(code);
}

/** The sub category with this code under this main category, or undefined. */
export function findSubCategory(mainCode: string, subCode: string): SubCategory | undefined {
  return byCode.get(mainCode)?.subs.find((s) => s.code === subCode);
}

/**
 * The category codes of a filter (a list, the statistics, the map): an unknown one is refused, naming its field,
 * rather than answered with nothing. A sub category alone is looked for under every main one (sub codes are unique).
 */
export function checkCategoryFilter(main: string | null | undefined, sub: string | null | undefined, fields: { main: string; sub?: string }): void {
  const mainCode = main?.trim();
  if (mainCode && !findMainCategory(mainCode)) {
    throw new DomainError('COMPLAINT_CATEGORY_UNKNOWN', `ไม่พบประเภทเรื่องหลัก "${mainCode}"`, `There is no main category "${mainCode}"`, fields.main);
  }
  const subCode = sub?.trim();
  if (!subCode || !fields.sub) return;
  const found = mainCode ? findSubCategory(mainCode, subCode) : COMPLAINT_CATEGORIES.some((m) => m.subs.some((s) => s.code === subCode));
  if (!found) {
    throw new DomainError(
      'COMPLAINT_SUBCATEGORY_UNKNOWN', `ไม่พบประเภทเรื่องย่อย "${subCode}"${mainCode ? ' ในประเภทเรื่องหลักนี้' : ''}`,
      `There is no sub category "${subCode}"${mainCode ? ' under this main category' : ''}`, fields.sub,
    );
  }
}
