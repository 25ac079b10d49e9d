/**
 * Deterministic Thai complaint text for the search benchmark: words drawn from a complaint vocabulary with a
 * Zipf-like frequency (a few words in most complaints, most words rare), person names from name lists, joined
 * without spaces as Thai is written. Each text's words are known as drawn, so the load needs no segmenting.
 */
export const VOCABULARY = (
  'ถนน ชำรุด น้ำ ประปา ไฟฟ้า ขยะ เสียง ดัง รบกวน หนี้ นอกระบบ ทวง ข่มขู่ ที่ดิน รังวัด ล่าช้า โฉนด บุกรุก ทางสาธารณะ '
  + 'ท่อ ระบาย อุดตัน น้ำท่วม ขัง กลิ่น เหม็น โรงงาน ควัน ฝุ่น ละออง สุนัข จรจัด ยาเสพติด การพนัน ผิดกฎหมาย เจ้าหน้าที่ '
  + 'ทุจริต เรียกรับ เงิน สินบน ค่าจ้าง ค้าง จ่าย นายจ้าง ลูกจ้าง ประกันสังคม เบี้ยยังชีพ ผู้สูงอายุ คนพิการ สวัสดิการ บัตร '
  + 'ทะเบียนบ้าน ย้าย เข้า ออก ใบอนุญาต ก่อสร้าง อาคาร ตึก สูง บัง ทาง เดิน ทางเท้า แผงลอย จอด รถ ขวาง หน้าบ้าน ซอย '
  + 'หมู่บ้าน ตำบล อำเภอ โรงเรียน วัด ตลาด สะพาน ไฟ ส่องสว่าง เสา ล้ม สายไฟ ต้นไม้ กิ่ง หัก ทับ บ้าน เรือน ซ่อม แซม '
  + 'ประมาท บาดเจ็บ อุบัติเหตุ โทรศัพท์ หลอกลวง ออนไลน์ โอน บัญชี ธนาคาร สินเชื่อ ดอกเบี้ย แพง เกินอัตรา สัญญา เอกสาร '
  + 'ปลอม ลายมือชื่อ ครอบครอง ปรปักษ์ มรดก พิพาท เพื่อนบ้าน รั้ว เขตแดน คลอง ตื้นเขิน ขุดลอก ชลประทาน เกษตรกร ข้าว '
  + 'ราคา ตกต่ำ ปุ๋ย ยาฆ่าแมลง สารเคมี ปนเปื้อน บ่อ บาดาล แห้ง ภัยแล้ง ช่วยเหลือ เยียวยา ค่าชดเชย เวนคืน ป่า ไม้ ตัด '
  + 'ลักลอบ เผา หมอกควัน สัตว์ เลี้ยง วัว ควาย บุกรุกพื้นที่ ร้านค้า ขาย สุรา เยาวชน มั่วสุม ทะเลาะ วิวาท ตำรวจ จับกุม '
  + 'ล่าช้า ไม่ดำเนินการ ร้องเรียน ซ้ำ ติดตาม ผล ความคืบหน้า หนังสือ ราชการ ตอบ ชี้แจง ข้อเท็จจริง ตรวจสอบ ลงพื้นที่'
).split(' ');

const FIRST_NAMES = 'สมชาย สมหญิง มานะ มานี ปิติ ชูใจ วีระ สุดา ประเสริฐ อรุณี สมศักดิ์ บุญมี ทองดี สายสุนีย์ กิตติ วันดี ณรงค์ จันทร์เพ็ญ พรชัย รัตนา'.split(' ');
const LAST_NAMES = 'ใจดี รักเรียน ทองคำ ศรีสุข มีสุข บุญเรือง แก้วมณี สุขสวัสดิ์ วงศ์ใหญ่ พรหมมา ชัยมงคล ศรีวงศ์ นาคสวัสดิ์ เพชรรัตน์ อินทร์แก้ว'.split(' ');

/** A small seeded generator (mulberry32): the same data on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A word of rank r drawn with probability about 1/(r+1): `ถนน` in one text of ten, the last words in one of 2,000. */
export function zipfWord(random: () => number): string {
  const n = VOCABULARY.length;
  const rank = Math.floor(Math.exp(random() * Math.log(n + 1))) - 1;
  return VOCABULARY[Math.min(n - 1, Math.max(0, rank))];
}

export const words = (random: () => number, count: number) => Array.from({ length: count }, () => zipfWord(random));
export const nameOf = (random: () => number) =>
  [FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)], LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]];

/** 77 provinces (10–86) with 3–18 districts each; Bangkok (10) holds a tenth of all complaints. */
export function districtOf(random: () => number): { district: string; province: string } {
  const province = random() < 0.1 ? 10 : 11 + Math.floor(random() * 76);
  const district = 1 + Math.floor(random() * (3 + (province % 16)));
  const p = String(province);
  return { province: p, district: `${p}${String(district).padStart(2, '0')}` };
}
