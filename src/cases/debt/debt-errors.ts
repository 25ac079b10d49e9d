import { formatThaiDate } from '../../calendar/thai-date-text.js';
import { DomainError } from '../../shared/domain-error.js';
import type { DebtCaseStatus } from './vocabulary/debt-vocabulary.js';

/**
 * Every rejection particular to the informal-debt case: a stable code, Thai and English text, the field at
 * fault. Codes are part of the API; messages may be reworded. Shared input errors (citizen id, amounts,
 * dates, geography codes, text) come from src/shared and src/geography. Dates in Thai messages are Buddhist Era.
 */
const error = (code: string, th: string, en: string, field?: string) => new DomainError(code, th, en, field);

export const debtErrors = {
  notFound: () => error('DEBT_CASE_NOT_FOUND', 'ไม่พบเรื่องลูกหนี้นอกระบบนี้', 'There is no such debt case'),
  /** A district account registers cases of its own area; another district's case comes to it by transfer. */
  outsideArea: () =>
    error('DEBT_DISTRICT_OUTSIDE_AREA', 'ลงทะเบียนได้เฉพาะเรื่องของอำเภอ/เขตในพื้นที่ของท่าน ให้ส่งต่อเรื่องแทน',
      'You register cases of districts in your own area; transfer the case instead', 'districtCode'),
  alreadyRegistered: () =>
    error('DEBT_CASE_ALREADY_REGISTERED', 'ลงทะเบียนเรื่องนี้ไว้แล้ว', 'This debt case is already registered', 'caseId'),
  /** The debtor's personal data was erased (a data subject's request, or retention): nothing can be worked on without it. */
  personalDataErased: () =>
    error('DEBT_CASE_PERSONAL_DATA_ERASED', 'ข้อมูลส่วนบุคคลของลูกหนี้ในเรื่องนี้ถูกลบแล้ว (ตามคำขอหรือครบระยะเวลาเก็บรักษา) จึงเปิดเรื่องหรือดำเนินการต่อไม่ได้ ให้ลงทะเบียนเรื่องใหม่',
      'The debtor\'s personal data in this case was erased (on request or at the end of its retention): it cannot be reopened or worked on; register a new case', 'caseId'),
  closed: () =>
    error('DEBT_CASE_CLOSED', 'เรื่องนี้ดำเนินการแล้วเสร็จ ต้องเปิดเรื่องใหม่ก่อน', 'The case is closed; reopen it first'),
  notClosed: () => error('DEBT_CASE_NOT_CLOSED', 'เปิดเรื่องใหม่ได้เฉพาะเรื่องที่ยุติแล้ว', 'Only a closed case can be reopened'),
  duplicateOpenCase: (existingCaseId: string, field: string) =>
    error('DEBT_CASE_DUPLICATE_OPEN',
      `ลูกหนี้รายนี้มีเรื่องที่ยังไม่ยุติกับเจ้าหนี้รายเดียวกันอยู่แล้ว (เรื่องเลขที่ ${existingCaseId})`,
      `The debtor already has an open case with this creditor: ${existingCaseId}`, field),
  districtNotInProvince: (field: string) =>
    error('GEOGRAPHY_DISTRICT_NOT_IN_PROVINCE', 'อำเภอ/เขตที่ระบุไม่ได้อยู่ในจังหวัดที่ระบุ', 'The district does not lie in the province', field),
  subdistrictNotInDistrict: (field: string) =>
    error('GEOGRAPHY_SUBDISTRICT_NOT_IN_DISTRICT', 'ตำบล/แขวงที่ระบุไม่ได้อยู่ในอำเภอ/เขตที่ระบุ', 'The subdistrict does not lie in the district', field),
  subdistrictWithoutDistrict: (field: string) =>
    error('GEOGRAPHY_SUBDISTRICT_WITHOUT_DISTRICT', 'ระบุตำบล/แขวงต้องระบุอำเภอ/เขตด้วย', 'A subdistrict needs its district', field),
  formDateRequired: () =>
    error('DEBT_FORM_DATE_REQUIRED', 'การลงทะเบียนด้วยแบบฟอร์มกระดาษต้องระบุวันที่ในแบบฟอร์ม', 'A paper registration needs the date on the form', 'formDate'),
  formDateOnlyForPaper: () =>
    error('DEBT_FORM_DATE_ONLY_FOR_PAPER', 'วันที่ในแบบฟอร์มใช้เฉพาะการลงทะเบียนด้วยกระดาษ', 'Only a paper registration has a form date', 'formDate'),
  formDateInFuture: () =>
    error('DEBT_FORM_DATE_IN_FUTURE', 'วันที่ในแบบฟอร์มต้องไม่เป็นวันในอนาคต', 'The form date cannot be after the day it is keyed in', 'formDate'),
  formDateBeforeProgramme: (opened: string) =>
    error('DEBT_FORM_DATE_BEFORE_OPENING', `วันที่ในแบบฟอร์มต้องไม่ก่อนวันเปิดลงทะเบียน (${formatThaiDate(opened)})`,
      `The form date cannot be before registration opened on ${opened}`, 'formDate'),
  listRequired: (field: 'creditors' | 'debts') =>
    error('DEBT_LIST_REQUIRED', field === 'creditors' ? 'ต้องระบุเจ้าหนี้อย่างน้อย 1 ราย' : 'ต้องระบุหนี้อย่างน้อย 1 รายการ',
      `At least one entry is required in ${field}`, field),
  listTooLong: (field: 'creditors' | 'debts', max: number) =>
    error('DEBT_LIST_TOO_LONG', field === 'creditors' ? `ระบุเจ้าหนี้ได้ไม่เกิน ${max} ราย` : `ระบุหนี้ได้ไม่เกิน ${max} รายการ`,
      `At most ${max} entries are allowed in ${field}`, field),
  creditorIdNotForKind: (field: string) =>
    error('DEBT_CREDITOR_ID_NOT_FOR_KIND', 'บุคคลใช้เลขประจำตัวประชาชน นิติบุคคลใช้เลขทะเบียนนิติบุคคล',
      'A person creditor has a citizen id, a company creditor a company id', field),
  creditorIsDebtor: (field: string) =>
    error('DEBT_CREDITOR_IS_DEBTOR', 'เจ้าหนี้ต้องไม่ใช่บุคคลเดียวกับลูกหนี้', 'The creditor cannot be the debtor', field),
  creditorRepeated: (field: string) =>
    error('DEBT_CREDITOR_REPEATED', 'ระบุเจ้าหนี้รายเดียวกันซ้ำ ให้รวมหนี้ไว้ที่เจ้าหนี้รายเดียว', 'The same creditor is listed twice', field),
  debtCreditorRequired: (field: string) =>
    error('DEBT_CREDITOR_REQUIRED', 'มีเจ้าหนี้หลายราย ต้องระบุว่าหนี้นี้เป็นของเจ้าหนี้รายใด', 'With several creditors, say whose debt this is', field),
  debtCreditorUnknown: (field: string) =>
    error('DEBT_CREDITOR_UNKNOWN', 'ไม่พบเจ้าหนี้ที่ระบุในรายการเจ้าหนี้', 'The debt names a creditor that is not listed', field),
  rateInvalid: (field: string, input: string) =>
    error('DEBT_INTEREST_RATE_INVALID', `อัตราดอกเบี้ยต่อเดือนต้องเป็นตัวเลขไม่ติดลบ ทศนิยมไม่เกิน 4 ตำแหน่ง (ได้รับ "${input}")`,
      `An interest rate per month is a non-negative percentage with at most 4 decimals (got "${input}")`, field),
  rateTooLarge: (field: string, max: bigint, input: string) =>
    error('DEBT_INTEREST_RATE_TOO_LARGE', `อัตราดอกเบี้ยต่อเดือนต้องไม่เกินร้อยละ ${max} (ได้รับ "${input}")`,
      `An interest rate per month cannot exceed ${max} percent (got "${input}")`, field),
  startDateInFuture: (field: string) =>
    error('DEBT_START_DATE_IN_FUTURE', 'วันที่เริ่มเป็นหนี้ต้องไม่เป็นวันในอนาคต', 'A debt cannot start in the future', field),
  helpWantedRequired: () =>
    error('DEBT_HELP_WANTED_REQUIRED', 'ต้องระบุความต้องการความช่วยเหลืออย่างน้อย 1 ข้อ', 'Choose at least one kind of help wanted', 'helpWanted.kinds'),
  noteRequired: (field: string, whenTh: string, whenEn: string) =>
    error('DEBT_NOTE_REQUIRED', `กรุณาระบุรายละเอียด (${whenTh})`, `A note is required ${whenEn}`, field),
  amendmentChangesNothing: () =>
    error('DEBT_AMENDMENT_CHANGES_NOTHING', 'ข้อมูลที่แก้ไขไม่แตกต่างจากเดิม', 'The amendment changes nothing'),
  districtAfterTransfer: () =>
    error('DEBT_DISTRICT_CORRECTION_AFTER_TRANSFER', 'เรื่องนี้ส่งต่อแล้ว ให้ใช้การส่งต่อข้อมูลระหว่างอำเภอแทนการแก้ไข',
      'The case has been transferred; transfer it rather than correct its district', 'districtCode'),
  wishWithoutReach: () =>
    error('DEBT_WISH_WITHOUT_CONTACT', 'ติดต่อลูกหนี้ไม่ได้ จึงยังไม่ทราบความประสงค์ ให้ระบุว่ายังไม่ตัดสินใจ',
      'The debtor was not reached, so the wish about mediation is UNDECIDED', 'wishesMediation'),
  transferToSameDistrict: () =>
    error('DEBT_TRANSFER_TO_SAME_DISTRICT', 'เรื่องนี้อยู่ที่อำเภอ/เขตนี้อยู่แล้ว', 'The case is already in that district', 'toDistrictCode'),
  mediationNotAllowed: (status: DebtCaseStatus) =>
    error('DEBT_MEDIATION_NOT_ALLOWED', `นัดไกล่เกลี่ยไม่ได้ในสถานะ ${status} (ต้องติดต่อลูกหนี้ได้ก่อน และยังไม่ได้ข้อยุติหรือส่งต่อหน่วยงานอื่น)`,
      `A mediation cannot be scheduled in status ${status}: contact the debtor first; not after agreement or referral`),
  mediationDeclined: () =>
    error('DEBT_MEDIATION_DECLINED', 'ลูกหนี้แจ้งว่าไม่ประสงค์เข้าสู่การไกล่เกลี่ย', 'The debtor said they do not wish mediation'),
  mediationNotScheduled: () =>
    error('DEBT_MEDIATION_NOT_SCHEDULED', 'ยังไม่มีการนัดไกล่เกลี่ย', 'No mediation is scheduled', 'outcome'),
  mediationNotYetHeld: (date: string) =>
    error('DEBT_MEDIATION_NOT_YET_HELD', `ยังไม่ถึงวันนัดไกล่เกลี่ย (${formatThaiDate(date)})`, `The mediation is not due until ${date}`, 'outcome'),
  debtAfterRequired: () =>
    error('DEBT_AGREEMENT_DEBT_AFTER_REQUIRED', 'ไกล่เกลี่ยสำเร็จต้องระบุยอดหนี้หลังไกล่เกลี่ย', 'An agreement states the debt after mediation', 'debtAfter'),
  debtAfterExceedsBefore: (before: string) =>
    error('DEBT_AGREEMENT_EXCEEDS_DEBT', `ยอดหนี้หลังไกล่เกลี่ยต้องไม่เกินยอดหนี้ก่อนไกล่เกลี่ย (${before} บาท)`,
      `The debt after mediation cannot exceed the debt before (${before} baht)`, 'debtAfter'),
  figuresWithoutAgreement: (field: string) =>
    error('DEBT_FIGURES_WITHOUT_AGREEMENT', 'ยอดหนี้และแผนการผ่อนชำระบันทึกได้เฉพาะเมื่อไกล่เกลี่ยสำเร็จ',
      'Debt figures and a plan belong to an agreement only', field),
  instalmentPlanRequired: () =>
    error('DEBT_INSTALMENT_PLAN_REQUIRED', 'ยังมียอดหนี้คงเหลือ ต้องระบุแผนการผ่อนชำระ', 'A remaining debt needs an instalment plan', 'instalmentPlan'),
  instalmentCountInvalid: () =>
    error('DEBT_INSTALMENT_COUNT_INVALID', 'จำนวนงวดต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป', 'The number of instalments is a whole number of at least 1',
      'instalmentPlan.instalmentCount'),
  instalmentPlanShort: () =>
    error('DEBT_INSTALMENT_PLAN_SHORT', 'จำนวนงวดคูณยอดต่องวดน้อยกว่ายอดหนี้หลังไกล่เกลี่ย', 'The instalments do not pay off the debt after mediation',
      'instalmentPlan.instalmentAmount'),
  referralDuringMediation: () =>
    error('DEBT_REFERRAL_DURING_MEDIATION', 'มีนัดไกล่เกลี่ยอยู่ ให้บันทึกผลการไกล่เกลี่ยก่อนส่งต่อหน่วยงานอื่น',
      'A mediation is scheduled; record its outcome before referring the case', 'agency'),
  closeAsReferredWithoutReferral: () =>
    error('DEBT_CLOSE_NOT_REFERRED', 'เรื่องนี้ยังไม่ได้ส่งต่อหน่วยงานอื่น', 'The case has not been referred', 'reason'),
  duplicateOfSelf: () =>
    error('DEBT_DUPLICATE_OF_ITSELF', 'เรื่องไม่สามารถซ้ำกับตัวเองได้', 'A case cannot duplicate itself', 'duplicateOfCaseId'),
  duplicateOfForbidden: () =>
    error('DEBT_DUPLICATE_OF_NOT_ALLOWED', 'ระบุเรื่องที่ซ้ำได้เฉพาะเมื่อยุติเพราะเป็นเรื่องซ้ำ', 'Only a DUPLICATE closure names the case it duplicates',
      'duplicateOfCaseId'),
};
