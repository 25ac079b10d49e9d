import { DomainError } from '../../../shared/domain-error.js';
import { cleanText } from '../../../shared/text-input.js';
import { toArabicDigits } from '../../../shared/thai-digits.js';
import type { CreditorKind, DebtChannel, HelpKind } from '../vocabulary/debt-vocabulary.js';

/**
 * The earlier system's ways of writing a value, turned into what the debt commands take. A value none of
 * these recognise is passed on as written, so the decider refuses it with its own code and message.
 */

/** The registration id as the case id and command id are made from it: Arabic digits, upper case. */
export function parseRegistrationId(input: string | undefined): string {
  const id = toArabicDigits((input ?? '').trim()).toUpperCase();
  if (/^[A-Z0-9][A-Z0-9._/-]{0,59}$/.test(id)) return id;
  throw new DomainError('IMPORT_REGISTRATION_ID_INVALID',
    'เลขที่ลงทะเบียนต้องเป็นตัวอักษรอังกฤษหรือตัวเลข (ใช้ . _ / - ได้) ไม่เกิน 60 ตัวอักษร',
    'A registration id is 1–60 letters or digits (and . _ / -)', 'registrationId');
}

const key = (text: string | undefined) => (text ?? '').toLowerCase().replace(/[\s_-]/g, '');

const CHANNELS: Record<string, DebtChannel> = {
  selfqrthaid: 'SELF_QR_THAID', qrcode: 'SELF_QR_THAID', คิวอาร์โค้ด: 'SELF_QR_THAID',
  thaidapp: 'THAID_APP', thaid: 'THAID_APP', แอปthaid: 'THAID_APP', แอปพลิเคชันthaid: 'THAID_APP',
  counter: 'COUNTER', จุดรับลงทะเบียน: 'COUNTER', เจ้าหน้าที่: 'COUNTER',
  paper: 'PAPER', กระดาษ: 'PAPER', แบบฟอร์มกระดาษ: 'PAPER',
};

export const channelOf = (input: string | undefined) => CHANNELS[key(input)] ?? (cleanText(input) as DebtChannel);

const KINDS: Record<string, CreditorKind> = {
  person: 'PERSON', บุคคล: 'PERSON', บุคคลธรรมดา: 'PERSON', company: 'COMPANY', นิติบุคคล: 'COMPANY', บริษัท: 'COMPANY',
};

export const creditorKindOf = (input: string | undefined) => KINDS[key(input)] ?? (cleanText(input) as CreditorKind);

const HELP: Record<string, HelpKind> = {
  mediation: 'MEDIATION', ไกล่เกลี่ย: 'MEDIATION', formalloan: 'FORMAL_LOAN', สินเชื่อในระบบ: 'FORMAL_LOAN',
  legalaction: 'LEGAL_ACTION', ดำเนินคดี: 'LEGAL_ACTION', occupation: 'OCCUPATION', อาชีพ: 'OCCUPATION',
  other: 'OTHER', อื่นๆ: 'OTHER', อื่น: 'OTHER',
};

/** Kinds of help separated by commas, semicolons or bars: "MEDIATION, FORMAL_LOAN", "ไกล่เกลี่ย; อาชีพ". */
export const helpKindsOf = (input: string | undefined): HelpKind[] =>
  (input ?? '').split(/[,;|]/).filter((part) => part.trim() !== '').map((part) => HELP[key(part)] ?? (cleanText(part) as HelpKind));
