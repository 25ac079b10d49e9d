import { enumType, storedEnumType } from '../../../graphql/enum-type.js';
import type { DebtCaseAction } from '../detail/debt-actions.js';
import type { MediationSessionState } from '../detail/debt-detail.js';
import type {
  ContactMethod, CreditorKind, DebtCaseStatus, DebtChannel, DebtCloseReason, HelpKind, MediationOutcome, MediationWish,
  ReferralAgency,
} from './debt-vocabulary.js';
import type { AmendedPart } from '../debt.events.js';

/**
 * The closed code lists of the informal-debt case (debt-vocabulary.ts) as GraphQL enums, named as their unions;
 * the case list (projections/debt-cases) answers with the same ones.
 */

export const DebtChannelEnum = enumType<DebtChannel>('DebtChannel', 'ช่องทางการลงทะเบียน: how the debtor registered', {
  SELF_QR_THAID: 'ลงทะเบียนด้วยตนเองผ่าน QR code ยืนยันตัวตนด้วย ThaiD — self-registration online via QR code, verified with ThaiD',
  THAID_APP: 'ลงทะเบียนด้วยตนเองในแอป ThaiD — self-registration inside the ThaiD app',
  COUNTER: 'ลงทะเบียน ณ จุดรับลงทะเบียน — at a registration counter, keyed in by staff',
  PAPER: 'แบบลงทะเบียนกระดาษ บันทึกภายหลัง — on a paper form, keyed in later (formDate is the form\'s day)',
});

export const DebtCaseStatusEnum = enumType<DebtCaseStatus>('DebtCaseStatus', 'สถานะเรื่อง: where an informal-debt case stands', {
  REGISTERED: 'ลงทะเบียนแล้ว — registered, the debtor not yet reached',
  CONTACTED: 'ติดต่อลูกหนี้ได้แล้ว — the debtor has been reached',
  MEDIATION_SCHEDULED: 'นัดไกล่เกลี่ยแล้ว — a mediation session is scheduled',
  AGREED: 'ไกล่เกลี่ยสำเร็จ — the mediation reached an agreement',
  NOT_AGREED: 'ไกล่เกลี่ยไม่สำเร็จ — the mediation ended without agreement',
  PARTY_ABSENT: 'คู่กรณีไม่มา — a party did not come to the session',
  REFERRED: 'ส่งพนักงานสอบสวนหรือหน่วยงานอื่น — referred to the police investigator or another agency',
  CLOSED: 'ยุติเรื่อง — closed (reopening returns it to the status it was closed in)',
});

export const CreditorKindEnum = enumType<CreditorKind>('CreditorKind', 'เจ้าหนี้เป็นบุคคลหรือนิติบุคคล: a person or a company', {
  PERSON: 'บุคคลธรรมดา — a natural person, with a citizen id if known',
  COMPANY: 'นิติบุคคล — a company, with its juristic person number if known',
});

export const HelpKindEnum = enumType<HelpKind>('HelpKind', 'ความต้องการความช่วยเหลือ: the help the debtor asks for', {
  MEDIATION: 'ไกล่เกลี่ยประนอมหนี้ — mediation with the creditor',
  FORMAL_LOAN: 'สินเชื่อในระบบ — a loan in the formal system',
  LEGAL_ACTION: 'ดำเนินคดีตามกฎหมาย — legal action',
  OCCUPATION: 'ส่งเสริมอาชีพ — occupation support',
  OTHER: 'อื่น ๆ — other, written in the note',
});

export const ContactMethodEnum = enumType<ContactMethod>('ContactMethod', 'วิธีติดต่อลูกหนี้ (seed 002): how the debtor was contacted', {
  LETTER: 'หนังสือ — a letter',
  PHONE: 'โทรศัพท์ — a phone call',
  COMMUNITY_LEADER: 'ผ่านผู้นำชุมชน — through a community leader',
  IN_PERSON: 'พบตัว — in person',
  OTHER: 'วิธีอื่นที่เหมาะสม — other suitable means, written in the note',
});

export const MediationWishEnum = enumType<MediationWish>('MediationWish', 'ความประสงค์ไกล่เกลี่ย: the debtor\'s wish when last reached', {
  YES: 'ประสงค์ไกล่เกลี่ย — wishes mediation',
  NO: 'ไม่ประสงค์ไกล่เกลี่ย — does not wish mediation',
  UNDECIDED: 'ยังไม่ตัดสินใจ — undecided, or not reached',
});

export const MediationOutcomeEnum = enumType<MediationOutcome>('MediationOutcome', 'ผลการไกล่เกลี่ย: what came of a session', {
  AGREED: 'ไกล่เกลี่ยสำเร็จ — agreed (debtAfter and, while a debt remains, the instalment plan)',
  NOT_AGREED: 'ไกล่เกลี่ยไม่สำเร็จ — not agreed',
  PARTY_ABSENT: 'คู่กรณีไม่มา — a party did not come',
});

export const ReferralAgencyEnum = enumType<ReferralAgency>('ReferralAgency', 'หน่วยงานที่ส่งเรื่องต่อ: where a case is referred', {
  POLICE_INVESTIGATOR: 'พนักงานสอบสวน — the police investigator',
  OTHER_AGENCY: 'หน่วยงานอื่น — another agency, named in agencyName',
});

export const DebtCloseReasonEnum = enumType<DebtCloseReason>('DebtCloseReason', 'เหตุที่ยุติเรื่อง: why a debt case is closed', {
  SETTLED: 'ระงับข้อพิพาทแล้ว — settled',
  REFERRED: 'ส่งเรื่องต่อแล้ว — referred elsewhere',
  WITHDRAWN: 'ลูกหนี้ถอนเรื่อง — withdrawn by the debtor',
  UNREACHABLE: 'ติดต่อลูกหนี้ไม่ได้ — the debtor cannot be reached',
  DUPLICATE: 'ซ้ำกับเรื่องอื่น — a duplicate of another case (duplicateOfCaseId)',
  OTHER: 'อื่น ๆ — other, written in the note',
});

export const MediationSessionStateEnum = enumType<MediationSessionState>('MediationSessionState', 'นัดไกล่เกลี่ย: where a session stands', {
  SCHEDULED: 'นัดแล้ว — still to come',
  RESCHEDULED: 'เลื่อนนัด — replaced by a later session',
  CANCELLED: 'ยกเลิกเพราะโอนเรื่อง — cancelled by a transfer',
  HELD: 'ไกล่เกลี่ยแล้ว — held, with its outcome',
});

export const DebtAmendedPartEnum = storedEnumType<string, AmendedPart>('DebtAmendedPart', 'ส่วนของการลงทะเบียนที่แก้ไข: a part a correction changed', {
  DEBTOR: ['debtor', 'ข้อมูลลูกหนี้ — the debtor'],
  CREDITORS: ['creditors', 'เจ้าหนี้ — the creditors'],
  DEBTS: ['debts', 'หนี้ — the debts'],
  HELP_WANTED: ['helpWanted', 'ความช่วยเหลือที่ต้องการ — the help wanted'],
  DISTRICT: ['district', 'อำเภอที่รับผิดชอบ — the responsible district'],
  FORM_DATE: ['formDate', 'วันที่ในแบบฟอร์ม — the paper form\'s date'],
});

export const DebtCaseActionEnum = enumType<DebtCaseAction>('DebtCaseAction', 'What the signed-in account may do to a case now', {
  AMEND_REGISTRATION: 'แก้ไขข้อมูลการลงทะเบียน — amendDebtRegistration',
  RECORD_CONTACT_ATTEMPT: 'บันทึกการติดต่อลูกหนี้ — recordContactAttempt',
  SCHEDULE_MEDIATION: 'นัดไกล่เกลี่ย (หรือเลื่อนนัด) — scheduleMediation',
  RECORD_MEDIATION_OUTCOME: 'บันทึกผลการไกล่เกลี่ย, from the session day — recordMediationOutcome',
  TRANSFER: 'ส่งต่อไปยังอำเภอ/เขตอื่น — transferDebtCase',
  REFER: 'ส่งพนักงานสอบสวนหรือหน่วยงานอื่น — referDebtCase',
  CLOSE: 'ยุติเรื่อง — closeDebtCase',
  REOPEN: 'เปิดเรื่องใหม่ — reopenDebtCase',
});
