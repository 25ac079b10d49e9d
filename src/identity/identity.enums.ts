import { enumType, storedEnumType } from '../graphql/enum-type.js';
import type { AccountStatus } from './accounts/account-state.js';
import type { StaffPosition } from './scope/staff-authority.js';
import type { StaffLevel } from './scope/staff-office.js';

/** The closed code lists of staff accounts and the read log as GraphQL enums. */

export const StaffLevelEnum = enumType<StaffLevel>('StaffLevel', 'ระดับสิทธิการใช้งาน: district, province, the centre, auditor (read-only), tambon team, or a local authority\'s revenue staff', {
  DISTRICT: 'ระดับอำเภอ/เขต — an account of a district office',
  PROVINCE: 'ระดับจังหวัด — an account of a province office, over its districts',
  CENTRAL: 'ระดับส่วนกลาง — an account of the central centre, over every office',
  AUDITOR: 'ผู้ตรวจสอบ — reads every office, changes nothing',
  TAMBON_TEAM: 'ชุดปฏิบัติการประจำตำบล (ชปต.) — a tambon team member: the complaints assigned to its subdistrict\'s team, records progress only',
  LOCAL: 'เจ้าหน้าที่จัดเก็บรายได้ อปท. — the revenue staff of one local administrative organisation: its own authority only',
});

export const StaffPositionEnum = enumType<StaffPosition>('StaffPosition',
  'เจ้าพนักงานปกครอง, ปลัดอำเภอ, นิติกร work cases; CHIEF (นายอำเภอ/ผู้ว่าราชการจังหวัด) certifies and works none; an authority\'s revenue staff (LOCAL) hold the authority\'s positions only', {
    ADMINISTRATIVE_OFFICER: 'เจ้าพนักงานปกครอง — administrative officer; works cases',
    DEPUTY_DISTRICT_CHIEF: 'ปลัดอำเภอ — deputy district chief; works cases',
    LEGAL_OFFICER: 'นิติกร — legal officer; works cases',
    CHIEF: 'นายอำเภอ/ผู้ว่าราชการจังหวัด — the district chief or governor; certifies, works no case',
    REVENUE_TECHNICAL_OFFICER: 'นักวิชาการจัดเก็บรายได้ — an authority\'s revenue technical officer (LOCAL accounts only)',
    REVENUE_COLLECTION_OFFICER: 'เจ้าพนักงานจัดเก็บรายได้ — an authority\'s revenue collection officer (LOCAL accounts only)',
    REVENUE_SECTION_HEAD: 'หัวหน้าฝ่ายพัฒนารายได้ — head of an authority\'s revenue section (LOCAL accounts only)',
    FINANCE_DIRECTOR: 'ผู้อำนวยการกองคลัง — director of an authority\'s finance division (LOCAL accounts only)',
    FINANCE_ACCOUNTING_OFFICER: 'นักวิชาการเงินและบัญชี — an authority\'s finance and accounting officer (LOCAL accounts only)',
  });

export const StaffAccountStatusEnum = enumType<AccountStatus>('StaffAccountStatus', 'สถานะบัญชี: whether the account may sign in', {
  ACTIVE: 'ใช้งานได้ — may sign in',
  SUSPENDED: 'ระงับการใช้งาน — suspended; its sessions have ended',
});

export const PersonalDataRecordTypeEnum = storedEnumType('PersonalDataRecordType', 'The kind of record whose personal data was read', {
  DEBT_CASE: ['debt_case', 'เรื่องหนี้นอกระบบ — an informal-debt case (recordId: its case id)'],
  COMPLAINT: ['complaint', 'เรื่องร้องเรียน — a complaint (recordId: its complaint id)'],
  STAFF_ACCOUNT: ['staff_account', 'บัญชีผู้ใช้งาน — a staff account (recordId: its account id)'],
  BUSINESS: ['business', 'สถานประกอบการ — a business registered with a PAO (recordId: its registration number)'],
  STREAM: ['stream', 'สายเหตุการณ์ — another stream of the log (recordId: its stream id)'],
});
