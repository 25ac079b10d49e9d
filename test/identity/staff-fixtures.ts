import type { AccountForm } from '../../src/identity/accounts/account.commands.js';
import type { StaffProfile } from '../../src/identity/scope/staff-authority.js';

/** 12 digits made a valid citizen id with their check digit. */
export function citizenId(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}

let serial = 100_000;
/** A fresh valid citizen id for each call. */
export const nextCitizenId = () => citizenId(`3${String(serial++).padStart(11, '0')}`);

export const AT = '2024-01-15T03:00:00.000Z';

/** Staff across Chiang Mai (province 50, districts 5001 and 5002), Bangkok (10) and the centre. */
export const profiles = {
  centralAdmin: { accountId: 'central-admin', level: 'CENTRAL', office: { kind: 'CENTRAL', code: 'CENTRAL' }, position: 'LEGAL_OFFICER', administrator: true },
  centralStaff: { accountId: 'central-staff', level: 'CENTRAL', office: { kind: 'CENTRAL', code: 'CENTRAL' }, position: 'LEGAL_OFFICER', administrator: false },
  chiangMaiAdmin: { accountId: 'cm-admin', level: 'PROVINCE', office: { kind: 'PROVINCE', code: '50' }, position: 'ADMINISTRATIVE_OFFICER', administrator: true },
  chiangMaiStaff: { accountId: 'cm-staff', level: 'PROVINCE', office: { kind: 'PROVINCE', code: '50' }, position: 'ADMINISTRATIVE_OFFICER', administrator: false },
  bangkokAdmin: { accountId: 'bkk-admin', level: 'PROVINCE', office: { kind: 'PROVINCE', code: '10' }, position: 'LEGAL_OFFICER', administrator: true },
  muangChiangMaiChief: { accountId: 'cm-chief', level: 'DISTRICT', office: { kind: 'DISTRICT', code: '5001' }, position: 'CHIEF', administrator: false },
  muangChiangMaiOfficer: { accountId: 'cm-officer', level: 'DISTRICT', office: { kind: 'DISTRICT', code: '5001' }, position: 'DEPUTY_DISTRICT_CHIEF', administrator: false },
  auditor: { accountId: 'auditor', level: 'AUDITOR', office: { kind: 'CENTRAL', code: 'CENTRAL' }, position: 'LEGAL_OFFICER', administrator: false },
} satisfies Record<string, StaffProfile>;

/** A registration form for a district officer of Mueang Chiang Mai, typed the way staff type it. */
export function districtForm(overrides: Partial<AccountForm> = {}): AccountForm {
  return {
    citizenId: nextCitizenId(), title: 'นางสาว', firstName: 'สมศรี', lastName: 'ใจดี', position: 'ADMINISTRATIVE_OFFICER',
    level: 'DISTRICT', officeCode: '๕๐๐๑', officePhone: '053-112-233', mobilePhone: '081 234 5678', assignedOn: '2/1/2567',
    ...overrides,
  };
}
