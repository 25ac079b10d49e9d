import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../eventstore/handle-command.js';
import { DomainError } from '../../shared/domain-error.js';
import { cleanText } from '../../shared/text-input.js';
import type { StaffAccount } from '../accounts/account-state.js';
import type { StaffProfile } from '../scope/staff-authority.js';

/** The signed-in account as every resolver sees it: its standing read from its stream on this request. */
export interface SignedInStaff extends StaffProfile {
  /** `DISTRICT:1001`, `PROVINCE:10` or `CENTRAL`. */
  officeKey: string;
  /** Until true turns false, the account may only change its password, sign out and ask who it is. */
  mustChangePassword: boolean;
  account: StaffAccount;
  sessionExpiresAt: Date;
  /** The SHA-256 of the session's token, hex: names the session without being able to use it. */
  sessionId: string;
}

/** The actor recorded on every event a signed-in account causes. */
export const actorOf = (staff: Pick<StaffProfile, 'accountId'>) => `account:${staff.accountId}`;

/**
 * The CommandContext of a mutation by this account: events record `account:<id>` as the actor and the office
 * it acted for (`DISTRICT:1001`) beside it. The client's command id, one of this account's, makes a retry store
 * nothing new; `request` is what the client asked (see CommandContext), when the handler adds to the command.
 */
export function commandContextFor(staff: SignedInStaff, clientCommandId?: string | null, request?: unknown): CommandContext {
  return {
    commandId: commandIdOf(clientCommandId), actor: actorOf(staff), actorOffice: staff.officeKey, ...(request === undefined ? {} : { request }),
  };
}

const MAX_COMMAND_ID = 200;

/** The client's command id (a retry after a lost answer stores nothing new), or a fresh one. */
export function commandIdOf(clientCommandId: string | null | undefined): string {
  if (clientCommandId === null || clientCommandId === undefined) return randomUUID();
  const id = cleanText(clientCommandId);
  if (id && id.length <= MAX_COMMAND_ID) return id;
  throw new DomainError('COMMAND_ID_INVALID', `รหัสคำสั่งต้องมี 1 ถึง ${MAX_COMMAND_ID} ตัวอักษร`,
    `A commandId has 1 to ${MAX_COMMAND_ID} characters`, 'commandId');
}
