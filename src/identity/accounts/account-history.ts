import type { FieldLabels, HistorySpec, Label } from '../../audit/field-changes.js';
import { codeNames, officeName, thaiDate, thaiInstant, yesNo } from '../../audit/value-text.js';
import { evolveAccount, initialAccountState, type AccountState, type AccountStatus } from './account-state.js';
import type { AccountEvent, AccountEventType } from './account.events.js';
import type { ReportersState } from '../reporters/reporters.decider.js';
import { reportersDecider } from '../reporters/reporters.decider.js';
import type { ReportersEvent } from '../reporters/reporters.events.js';
import { LOCAL_POSITIONS_TH, type StaffPosition } from '../scope/staff-authority.js';
import type { OfficeKind, StaffLevel } from '../scope/staff-office.js';

/** The histories of account and responsible-reporter streams as typed changes (audit/field-changes.ts). */

const P = { personal: true } as const;

const STAFF_POSITIONS_TH: Readonly<Record<StaffPosition, string>> = {
  ADMINISTRATIVE_OFFICER: 'เจ้าพนักงานปกครอง', DEPUTY_DISTRICT_CHIEF: 'ปลัดอำเภอ', LEGAL_OFFICER: 'นิติกร',
  CHIEF: 'หัวหน้าส่วนราชการ (นายอำเภอ ผู้อำนวยการเขต หรือผู้ว่าราชการจังหวัด)', ...LOCAL_POSITIONS_TH,
};
const LEVELS_TH: Readonly<Record<StaffLevel, string>> = {
  DISTRICT: 'ระดับอำเภอ/เขต', PROVINCE: 'ระดับจังหวัด', CENTRAL: 'ระดับส่วนกลาง', AUDITOR: 'ผู้ตรวจสอบ', TAMBON_TEAM: 'ชุดปฏิบัติการประจำตำบล (ชปต.)',
  LOCAL: 'เจ้าหน้าที่จัดเก็บรายได้ขององค์กรปกครองส่วนท้องถิ่น',
};
const OFFICE_KINDS_TH: Readonly<Record<OfficeKind, string>> = { DISTRICT: 'อำเภอ/เขต', PROVINCE: 'จังหวัด', CENTRAL: 'ส่วนกลาง', SUBDISTRICT: 'ตำบล',
  AUTHORITY: 'องค์กรปกครองส่วนท้องถิ่น',
};
const STATUSES_TH: Readonly<Record<AccountStatus, string>> = { ACTIVE: 'ใช้งานได้', SUSPENDED: 'ระงับการใช้งาน' };

const office: FieldLabels = {
  'office.kind': { th: 'ประเภทหน่วยงาน', en: 'Office kind', text: codeNames(OFFICE_KINDS_TH) },
  'office.code': { th: 'หน่วยงาน', en: 'Office', text: officeName },
};

const ACCOUNT_EVENT_LABELS: Readonly<Record<AccountEventType, Label>> = {
  AccountCreated: { th: 'ลงทะเบียนผู้มีสิทธิใช้งาน', en: 'Account created' },
  AccountSuspended: { th: 'ระงับการใช้งาน', en: 'Account suspended' },
  AccountReinstated: { th: 'คืนสิทธิการใช้งาน', en: 'Account reinstated' },
  AccountOfficeChanged: { th: 'ย้ายหน่วยงาน', en: 'Office changed' },
  PasswordReset: { th: 'ออกรหัสผ่านใช้ครั้งเดียวใหม่', en: 'Password reset' },
  PasswordChanged: { th: 'เปลี่ยนรหัสผ่าน', en: 'Password changed' },
};

export const accountHistory: HistorySpec<AccountEvent, AccountState> = {
  initialState: initialAccountState,
  evolve: evolveAccount,
  view(state) {
    if (state === null) return null;
    const { accountId, createdAt, updatedAt, ...shown } = state;
    return shown;
  },
  facts: () => ({}),
  types: ACCOUNT_EVENT_LABELS,
  fields: {
    citizenId: { th: 'เลขประจำตัวประชาชน', en: 'Citizen id', ...P },
    title: { th: 'คำนำหน้านาม', en: 'Title', ...P },
    firstName: { th: 'ชื่อ', en: 'First name', ...P },
    lastName: { th: 'นามสกุล', en: 'Last name', ...P },
    position: { th: 'ตำแหน่ง', en: 'Position', text: codeNames(STAFF_POSITIONS_TH) },
    level: { th: 'ระดับสิทธิการใช้งาน', en: 'Level', text: codeNames(LEVELS_TH) },
    ...office,
    administrator: { th: 'ผู้ดูแลระบบ', en: 'Administrator', text: yesNo },
    officePhone: { th: 'โทรศัพท์ที่ทำงาน', en: 'Office phone', ...P },
    mobilePhone: { th: 'โทรศัพท์มือถือ', en: 'Mobile phone', ...P },
    assignedOn: { th: 'วันที่ได้รับมอบหมายเป็นผู้มีสิทธิใช้งาน', en: 'Assigned on', text: thaiDate },
    status: { th: 'สถานะ', en: 'Status', text: codeNames(STATUSES_TH) },
    suspendedReason: { th: 'เหตุที่ระงับการใช้งาน', en: 'Reason suspended' },
    mustChangePassword: { th: 'ต้องเปลี่ยนรหัสผ่านก่อนใช้งาน', en: 'Must change password', text: yesNo },
  },
};

export const reportersHistory: HistorySpec<ReportersEvent, ReportersState> = {
  initialState: reportersDecider.initialState,
  evolve: reportersDecider.evolve,
  view: (state) => state,
  facts: () => ({}),
  types: { ResponsibleReportersNamed: { th: 'แต่งตั้งผู้รับผิดชอบการรายงาน', en: 'Responsible reporters named' } },
  fields: {
    ...office,
    accountIds: { th: 'บัญชีผู้รับผิดชอบการรายงาน', en: 'Reporter accounts' },
    namedBy: { th: 'บัญชีผู้แต่งตั้ง', en: 'Named by account' },
    namedAt: { th: 'วันเวลาที่แต่งตั้ง', en: 'Named at', text: thaiInstant },
  },
};
