/** The fixed code lists of the informal-debt case (หนี้นอกระบบ), shared by commands, events and state. */

/** ช่องทางการลงทะเบียน: QR code with ThaiD, inside the ThaiD app, at a counter, on a paper form keyed in later. */
export const DEBT_CHANNELS = ['SELF_QR_THAID', 'THAID_APP', 'COUNTER', 'PAPER'] as const;
export type DebtChannel = (typeof DEBT_CHANNELS)[number];

export const CREDITOR_KINDS = ['PERSON', 'COMPANY'] as const;
export type CreditorKind = (typeof CREDITOR_KINDS)[number];

/** ความต้องการความช่วยเหลือ: mediation, a loan in the formal system, legal action, occupation support, other. */
export const HELP_KINDS = ['MEDIATION', 'FORMAL_LOAN', 'LEGAL_ACTION', 'OCCUPATION', 'OTHER'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

/** Seed 002: หนังสือ, โทรศัพท์, ผู้นำชุมชน, in person, or other suitable means. */
export const CONTACT_METHODS = ['LETTER', 'PHONE', 'COMMUNITY_LEADER', 'IN_PERSON', 'OTHER'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const MEDIATION_WISHES = ['YES', 'NO', 'UNDECIDED'] as const;
export type MediationWish = (typeof MEDIATION_WISHES)[number];

/** ไกล่เกลี่ยสำเร็จ, ไม่สำเร็จ, คู่กรณีไม่มา. */
export const MEDIATION_OUTCOMES = ['AGREED', 'NOT_AGREED', 'PARTY_ABSENT'] as const;
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number];

/** ส่งพนักงานสอบสวน, or another agency named in `agencyName`. */
export const REFERRAL_AGENCIES = ['POLICE_INVESTIGATOR', 'OTHER_AGENCY'] as const;
export type ReferralAgency = (typeof REFERRAL_AGENCIES)[number];

export const DEBT_CLOSE_REASONS = ['SETTLED', 'REFERRED', 'WITHDRAWN', 'UNREACHABLE', 'DUPLICATE', 'OTHER'] as const;
export type DebtCloseReason = (typeof DEBT_CLOSE_REASONS)[number];

/** Transitions are documented in debt-state.ts. */
export type DebtCaseStatus =
  | 'REGISTERED'
  | 'CONTACTED'
  | 'MEDIATION_SCHEDULED'
  | 'AGREED'
  | 'NOT_AGREED'
  | 'PARTY_ABSENT'
  | 'REFERRED'
  | 'CLOSED';
