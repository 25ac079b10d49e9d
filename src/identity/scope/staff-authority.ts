import { districtOf, provinceOf, sameOffice, type StaffLevel, type StaffOffice } from './staff-office.js';

/**
 * Positions that may hold an account. Seed 004 lets only administrative officers (เจ้าพนักงานปกครอง),
 * deputy district chiefs (ปลัดอำเภอ) and legal officers (นิติกร) work cases. The district chief (นายอำเภอ) and
 * the governor (ผู้ว่าราชการจังหวัด) sign the registration form (ผู้รับรอง): they hold the position CHIEF,
 * which certifies (reports, the office's responsible reporters) but never works a case. These are the department's
 * positions; an authority's revenue staff (LOCAL) hold the authority's own (LOCAL_POSITIONS) and no other.
 */
export const DEPARTMENT_POSITIONS = ['ADMINISTRATIVE_OFFICER', 'DEPUTY_DISTRICT_CHIEF', 'LEGAL_OFFICER', 'CHIEF'] as const;
/**
 * The positions of an authority's revenue staff (กองคลัง of a PAO, municipality or SAO): นักวิชาการจัดเก็บรายได้,
 * เจ้าพนักงานจัดเก็บรายได้, หัวหน้าฝ่ายพัฒนารายได้, ผู้อำนวยการกองคลัง, นักวิชาการเงินและบัญชี.
 */
export const LOCAL_POSITIONS = [
  'REVENUE_TECHNICAL_OFFICER', 'REVENUE_COLLECTION_OFFICER', 'REVENUE_SECTION_HEAD', 'FINANCE_DIRECTOR', 'FINANCE_ACCOUNTING_OFFICER',
] as const;
export const STAFF_POSITIONS = [...DEPARTMENT_POSITIONS, ...LOCAL_POSITIONS] as const;
export type StaffPosition = (typeof STAFF_POSITIONS)[number];
export type LocalPosition = (typeof LOCAL_POSITIONS)[number];
export const isLocalPosition = (position: StaffPosition): position is LocalPosition => (LOCAL_POSITIONS as readonly string[]).includes(position);

export const CASE_WORKING_POSITIONS: readonly StaffPosition[] = ['ADMINISTRATIVE_OFFICER', 'DEPUTY_DISTRICT_CHIEF', 'LEGAL_OFFICER'];

/** What the rules need to know about an account to judge what it may do. */
export interface StaffProfile {
  accountId: string;
  level: StaffLevel;
  office: StaffOffice;
  position: StaffPosition;
  /** ผู้ดูแลระบบ: registers and manages the accounts of the level below (DISTRICT, PROVINCE and CENTRAL only). */
  administrator: boolean;
}

/**
 * Works cases: one of the three positions, at a district, a province or the centre; auditors only read, and a
 * tambon team member only records progress on its team's complaints (mayRecordTeamProgress).
 */
export const mayWorkCases = (p: Pick<StaffProfile, 'position' | 'level'>): boolean =>
  CASE_WORKING_POSITIONS.includes(p.position) && p.level !== 'AUDITOR' && p.level !== 'TAMBON_TEAM' && p.level !== 'LOCAL';

/** A member of a tambon operations team (ชปต.): records progress on the complaints assigned to its team, nothing else. */
export const isTambonTeam = (p: Pick<StaffProfile, 'level'>): boolean => p.level === 'TAMBON_TEAM';

/** Records progress on a complaint: whoever works cases, or a tambon team member (on its team's complaints only). */
export const mayRecordProgress = (p: Pick<StaffProfile, 'position' | 'level'>): boolean => mayWorkCases(p) || isTambonTeam(p);

/** An authority's revenue staff (LOCAL): its own authority's filings, nothing of the department's records. */
export const isLocalStaff = (p: Pick<StaffProfile, 'level'>): boolean => p.level === 'LOCAL';

/** Records anything of the department at all (news, its own password aside): every level but the auditors, who only read, and LOCAL. */
export const mayChangeRecords = (p: Pick<StaffProfile, 'level'>): boolean => p.level !== 'AUDITOR' && p.level !== 'LOCAL';

/**
 * Works leaflet permit requests (request, check, decide, fee, issue): the department's accounts that change records
 * (in their area) and an authority's own revenue staff (LOCAL, at their authority); auditors only read.
 */
export const worksLeafletPermits = (p: Pick<StaffProfile, 'level'>): boolean => p.level !== 'AUDITOR';

/** Posts activity news and uploads its photos: district offices only (seed 004). */
export const mayPostNews = (p: Pick<StaffProfile, 'level'>): boolean => p.level === 'DISTRICT';

/** Certifies what its office sends up (reports, the form, the responsible reporters): the office's chief. */
export const mayCertify = (p: Pick<StaffProfile, 'position'>): boolean => p.position === 'CHIEF';

/** The levels at which an account may be its office's administrator: only they have a level below (a district its tambon teams). */
export const mayBeAdministrator = (level: StaffLevel): boolean => level === 'DISTRICT' || level === 'PROVINCE' || level === 'CENTRAL';

/**
 * The positions an account of this level may hold: an authority's revenue staff (LOCAL) the authority's own; every
 * other level the department's, the chief heading only a district or a province office (the centre and auditors
 * have none in this system).
 */
export function positionsAt(level: StaffLevel): readonly StaffPosition[] {
  if (level === 'LOCAL') return LOCAL_POSITIONS;
  return level === 'DISTRICT' || level === 'PROVINCE' ? DEPARTMENT_POSITIONS : CASE_WORKING_POSITIONS;
}

export const positionFitsLevel = (position: StaffPosition, level: StaffLevel): boolean => positionsAt(level).includes(position);

/**
 * Registers a new account at this level and office: the level above does it (seed 004's form goes up).
 * A tambon team member by an administrator of the district its subdistrict lies in; a district account by an
 * administrator of the province over that district; a province account, an
 * auditor, an authority's revenue staff (LOCAL) and further central accounts by an administrator of the centre.
 */
export function mayRegister(actor: StaffProfile, level: StaffLevel, office: StaffOffice): boolean {
  if (!actor.administrator) return false;
  if (level === 'TAMBON_TEAM') return actor.level === 'DISTRICT' && office.kind === 'SUBDISTRICT' && actor.office.code === districtOf(office);
  if (level === 'DISTRICT') return actor.level === 'PROVINCE' && actor.office.code === provinceOf(office);
  return actor.level === 'CENTRAL';
}

/**
 * Suspends, reinstates, moves or resets an existing account: whoever may register accounts of its level and
 * office, or any administrator of the centre (which oversees every office, e.g. for moves between provinces).
 */
export function mayManage(actor: StaffProfile, level: StaffLevel, office: StaffOffice): boolean {
  return mayRegister(actor, level, office) || (actor.administrator && actor.level === 'CENTRAL');
}

/** Manages this account (suspend, reinstate, move, reset): as mayManage, and never one's own (account.decider.ts). */
export function mayManageAccount(actor: StaffProfile, account: Pick<StaffProfile, 'accountId' | 'level' | 'office'>): boolean {
  return actor.accountId !== account.accountId && mayManage(actor, account.level, account.office);
}

/** Names an office's two responsible reporters: its own chief, or whoever manages its accounts. */
export function mayNameReporters(actor: StaffProfile, office: StaffOffice): boolean {
  if (mayCertify(actor) && sameOffice(actor.office, office)) return true;
  return office.kind !== 'SUBDISTRICT' && office.kind !== 'AUTHORITY' && mayManage(actor, office.kind, office);
}

/**
 * The offices whose records an account may read: its own district and its tambon teams; a province's districts
 * and itself; the centre and auditors everything; a tambon team its own team only (the complaints assigned to it
 * are judged apart, complaint-readers.ts); an authority's staff its own authority only. Out of scope reads as if it did not exist.
 */
export function coversOffice(actor: Pick<StaffProfile, 'level' | 'office'>, office: StaffOffice): boolean {
  if (actor.level === 'CENTRAL' || actor.level === 'AUDITOR') return true;
  if (actor.level === 'PROVINCE') return office.kind !== 'CENTRAL' && provinceOf(office) === actor.office.code;
  if (actor.level === 'DISTRICT' && office.kind === 'SUBDISTRICT') return districtOf(office) === actor.office.code;
  return sameOffice(actor.office, office);
}

/** The Thai title of the position on the form; the chief's depends on the office (khet and Bangkok differ). */
export function positionNameTh(position: StaffPosition, office: StaffOffice): string {
  switch (position) {
    case 'ADMINISTRATIVE_OFFICER': return 'เจ้าพนักงานปกครอง';
    case 'DEPUTY_DISTRICT_CHIEF': return 'ปลัดอำเภอ';
    case 'LEGAL_OFFICER': return 'นิติกร';
    case 'CHIEF':
      if (office.kind === 'PROVINCE') return office.code === '10' ? 'ผู้ว่าราชการกรุงเทพมหานคร' : 'ผู้ว่าราชการจังหวัด';
      return office.code.startsWith('10') ? 'ผู้อำนวยการเขต' : 'นายอำเภอ';
    default: return LOCAL_POSITIONS_TH[position];
  }
}

/** The Thai titles of an authority's revenue positions. */
export const LOCAL_POSITIONS_TH: Readonly<Record<LocalPosition, string>> = {
  REVENUE_TECHNICAL_OFFICER: 'นักวิชาการจัดเก็บรายได้',
  REVENUE_COLLECTION_OFFICER: 'เจ้าพนักงานจัดเก็บรายได้',
  REVENUE_SECTION_HEAD: 'หัวหน้าฝ่ายพัฒนารายได้',
  FINANCE_DIRECTOR: 'ผู้อำนวยการกองคลัง',
  FINANCE_ACCOUNTING_OFFICER: 'นักวิชาการเงินและบัญชี',
};
