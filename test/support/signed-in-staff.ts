import { officeKey, type StaffLevel, type StaffOffice } from '../../src/identity/scope/staff-office.js';
import type { StaffPosition } from '../../src/identity/scope/staff-authority.js';
import type { SignedInStaff } from '../../src/identity/sessions/staff-context.js';

/**
 * A signed-in account as StaffGuard hands it to resolvers, for code that calls the command handlers or query
 * functions directly (benchmarks, projection specs): the same shape, without a session behind it.
 */
export function signedInStaff(
  level: StaffLevel, office: StaffOffice, position: StaffPosition = level === 'LOCAL' ? 'REVENUE_TECHNICAL_OFFICER' : 'ADMINISTRATIVE_OFFICER', accountId = `${level.toLowerCase()}-${office.code}`,
): SignedInStaff {
  const at = '2024-01-01T00:00:00.000Z';
  return {
    accountId, level, office, position, administrator: false, officeKey: officeKey(office), mustChangePassword: false,
    sessionExpiresAt: new Date(Date.parse(at) + 3_600_000), sessionId: '0'.repeat(64),
    account: {
      accountId, citizenId: '1101700207030', title: 'นาย', firstName: 'ทดสอบ', lastName: 'ระบบ', position, level, office,
      administrator: false, officePhone: '021234567', mobilePhone: null, assignedOn: '2024-01-01', status: 'ACTIVE',
      suspendedReason: null, mustChangePassword: false, createdAt: at, updatedAt: at,
    },
  };
}
