import type { FieldLabels, Label } from '../../../audit/field-changes.js';
import {
  baht, clockTime, codeNames, districtName, percentPerMonth, provinceName, subdistrictName, thaiDate, thaiInstant, yesNo,
} from '../../../audit/value-text.js';
import type { DebtEventType } from '../debt.events.js';
import {
  AMENDED_PARTS_TH, ATTRIBUTIONS_TH, CONTACT_METHODS_TH, CREDITOR_KINDS_TH, DEBT_CASE_STATUSES_TH, DEBT_CHANNELS_TH,
  DEBT_CLOSE_REASONS_TH, HELP_KINDS_TH, MEDIATION_OUTCOMES_TH, MEDIATION_WISHES_TH, REFERRAL_AGENCIES_TH,
} from '../vocabulary/debt-vocabulary.th.js';

/** The names of a debt case's events and fields in its history (debt-history.ts), in Thai and English. */

export const DEBT_EVENT_LABELS: Readonly<Record<DebtEventType, Label>> = {
  DebtorRegistered: { th: 'ลงทะเบียนลูกหนี้นอกระบบ', en: 'Debtor registered' },
  DebtRegistrationAmended: { th: 'แก้ไขข้อมูลการลงทะเบียน', en: 'Registration amended' },
  DebtContactAttemptRecorded: { th: 'บันทึกการติดต่อลูกหนี้', en: 'Contact attempt recorded' },
  DebtCaseTransferred: { th: 'ส่งต่อข้อมูลไปยังอำเภอ/เขตอื่น', en: 'Case transferred to another district' },
  DebtMediationScheduled: { th: 'นัดไกล่เกลี่ย', en: 'Mediation scheduled' },
  DebtMediationOutcomeRecorded: { th: 'บันทึกผลการไกล่เกลี่ย', en: 'Mediation outcome recorded' },
  DebtCaseReferred: { th: 'ส่งเรื่องต่อหน่วยงานอื่น', en: 'Case referred' },
  DebtCaseClosed: { th: 'ยุติเรื่อง', en: 'Case closed' },
  DebtCaseReopened: { th: 'เปิดเรื่องใหม่', en: 'Case reopened' },
};

const status = codeNames(DEBT_CASE_STATUSES_TH);
const P = { personal: true } as const;
const money = { text: baht, personal: true } as const;

const address = (prefix: string, th: string, en: string): FieldLabels => ({
  [`${prefix}.address.line`]: { th: `ที่อยู่${th}`, en: `${en} address`, ...P },
  [`${prefix}.address.subdistrictCode`]: { th: `ตำบล/แขวง${th}`, en: `${en} subdistrict`, text: subdistrictName, ...P },
  [`${prefix}.address.districtCode`]: { th: `อำเภอ/เขต${th}`, en: `${en} district`, text: districtName, ...P },
  [`${prefix}.address.provinceCode`]: { th: `จังหวัด${th}`, en: `${en} province`, text: provinceName, ...P },
});

export const DEBT_FIELD_LABELS: FieldLabels = {
  status: { th: 'สถานะ', en: 'Status', text: status },
  'closed.reason': { th: 'เหตุที่ยุติเรื่อง', en: 'Reason closed', text: codeNames(DEBT_CLOSE_REASONS_TH) },
  'closed.statusBefore': { th: 'สถานะก่อนยุติเรื่อง', en: 'Status before closing', text: status },
  'figures.districtCode': { th: 'อำเภอ/เขตที่รับผิดชอบ', en: 'District handling the case', text: districtName },
  'figures.provinceCode': { th: 'จังหวัดที่รับผิดชอบ', en: 'Province handling the case', text: provinceName },
  'figures.channel': { th: 'ช่องทางการลงทะเบียน', en: 'Registration channel', text: codeNames(DEBT_CHANNELS_TH) },
  'figures.registeredAt': { th: 'วันเวลาที่ลงทะเบียน', en: 'Registered at', text: thaiInstant },
  'figures.registeredOn': { th: 'วันที่ลงทะเบียน', en: 'Registered on', text: thaiDate },
  'figures.creditorCount': { th: 'จำนวนเจ้าหนี้', en: 'Number of creditors' },
  'figures.debtCount': { th: 'จำนวนรายการหนี้', en: 'Number of debts' },
  'figures.totalPrincipal': { th: 'เงินต้นรวม', en: 'Total principal', ...money },
  'figures.totalOutstanding': { th: 'ยอดหนี้คงค้างรวม', en: 'Total outstanding', ...money },
  attributedDistrictCode: { th: 'อำเภอ/เขตที่นับผลการลงทะเบียน', en: 'District the registration counts for', text: districtName },
  transferred: { th: 'เคยส่งต่อ', en: 'Transferred', text: yesNo },
  'debtor.citizenId': { th: 'เลขประจำตัวประชาชนลูกหนี้', en: 'Debtor citizen id', ...P },
  'debtor.title': { th: 'คำนำหน้านามลูกหนี้', en: 'Debtor title', ...P },
  'debtor.firstName': { th: 'ชื่อลูกหนี้', en: 'Debtor first name', ...P },
  'debtor.lastName': { th: 'นามสกุลลูกหนี้', en: 'Debtor last name', ...P },
  'debtor.phone': { th: 'โทรศัพท์ลูกหนี้', en: 'Debtor phone', ...P },
  'debtor.occupation': { th: 'อาชีพลูกหนี้', en: 'Debtor occupation', ...P },
  ...address('debtor', 'ลูกหนี้', 'Debtor'),
  'creditors.*.kind': { th: 'ประเภทเจ้าหนี้', en: 'Creditor kind', text: codeNames(CREDITOR_KINDS_TH), ...P },
  'creditors.*.name': { th: 'ชื่อเจ้าหนี้', en: 'Creditor name', ...P },
  'creditors.*.citizenId': { th: 'เลขประจำตัวประชาชนเจ้าหนี้', en: 'Creditor citizen id', ...P },
  'creditors.*.companyId': { th: 'เลขทะเบียนนิติบุคคลเจ้าหนี้', en: 'Creditor company id', ...P },
  'creditors.*.phone': { th: 'โทรศัพท์เจ้าหนี้', en: 'Creditor phone', ...P },
  ...address('creditors.*', 'เจ้าหนี้', 'Creditor'),
  'debts.*.creditorIndex': { th: 'เจ้าหนี้รายที่', en: 'Owed to creditor', text: (i) => String(Number(i) + 1), ...P },
  'debts.*.principal': { th: 'เงินต้น', en: 'Principal', ...money },
  'debts.*.outstanding': { th: 'ยอดหนี้คงค้าง', en: 'Outstanding', ...money },
  'debts.*.interestRatePerMonth': { th: 'อัตราดอกเบี้ย', en: 'Interest per month (%)', text: percentPerMonth, ...P },
  'debts.*.startDate': { th: 'วันที่เริ่มเป็นหนี้', en: 'Start date', text: thaiDate, ...P },
  'debts.*.collateral': { th: 'หลักประกัน', en: 'Collateral', ...P },
  'helpWanted.kinds': { th: 'ความช่วยเหลือที่ต้องการ', en: 'Help wanted', text: codeNames(HELP_KINDS_TH) },
  'helpWanted.note': { th: 'รายละเอียดความช่วยเหลือที่ต้องการ', en: 'Help wanted, details', ...P },
  wishesMediation: { th: 'ความประสงค์ไกล่เกลี่ย', en: 'Wishes mediation', text: codeNames(MEDIATION_WISHES_TH) },
  contactAttempts: { th: 'จำนวนครั้งที่ติดต่อ', en: 'Contact attempts' },
  'mediation.date': { th: 'วันนัดไกล่เกลี่ย', en: 'Mediation date', text: thaiDate },
  'mediation.time': { th: 'เวลานัดไกล่เกลี่ย', en: 'Mediation time', text: clockTime },
  'mediation.place': { th: 'สถานที่ไกล่เกลี่ย', en: 'Mediation place' },
  'agreement.debtBefore': { th: 'ยอดหนี้ก่อนไกล่เกลี่ย', en: 'Debt before mediation', ...money },
  'agreement.debtAfter': { th: 'ยอดหนี้หลังไกล่เกลี่ย', en: 'Debt after mediation', ...money },
  'agreement.reduction': { th: 'ยอดหนี้ที่ลดลง', en: 'Debt reduced by', ...money },
  'referral.agency': { th: 'หน่วยงานที่ส่งเรื่องต่อ', en: 'Referred to', text: codeNames(REFERRAL_AGENCIES_TH) },
  'referral.agencyName': { th: 'ชื่อหน่วยงานที่ส่งเรื่องต่อ', en: 'Agency name' },
  // What events record beside the state (debt-history.ts).
  attribution: { th: 'การนับผลการลงทะเบียน', en: 'Attributed to', text: codeNames(ATTRIBUTIONS_TH) },
  reason: { th: 'เหตุผล', en: 'Reason', ...P },
  changed: { th: 'ส่วนที่แก้ไข', en: 'Parts corrected', text: codeNames(AMENDED_PARTS_TH) },
  method: { th: 'วิธีการติดต่อ', en: 'Contact method', text: codeNames(CONTACT_METHODS_TH) },
  reached: { th: 'ติดต่อได้', en: 'Reached', text: yesNo },
  note: { th: 'หมายเหตุ', en: 'Note', ...P },
  outcome: { th: 'ผลการไกล่เกลี่ย', en: 'Mediation outcome', text: codeNames(MEDIATION_OUTCOMES_TH) },
  mediationDate: { th: 'วันที่ไกล่เกลี่ย', en: 'Mediation held on', text: thaiDate },
  'instalmentPlan.instalmentCount': { th: 'จำนวนงวดผ่อนชำระ', en: 'Instalments' },
  'instalmentPlan.instalmentAmount': { th: 'ยอดผ่อนชำระต่องวด', en: 'Amount per instalment', ...money },
  'instalmentPlan.firstDueDate': { th: 'วันครบกำหนดชำระงวดแรก', en: 'First instalment due', text: thaiDate },
  duplicateOfCaseId: { th: 'ซ้ำกับเรื่องเลขที่', en: 'Duplicate of case' },
};
