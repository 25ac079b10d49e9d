import { ERASED_MARKER } from '../../personal-data/keys/personal-data-shredder.js';
import type { Decider } from '../../shared/decider.js';
import { requireText } from '../../shared/text-input.js';
import { parseAccountForm, parsePost, requirePositionAtLevel } from './account-form.js';
import { evolveAccount, initialAccountState, type AccountState, type StaffAccount } from './account-state.js';
import type { AccountActor, AccountCommand } from './account.commands.js';
import type { AccountEvent } from './account.events.js';
import { identityErrors } from '../identity-errors.js';
import { mayManage, mayRegister, type StaffProfile } from '../scope/staff-authority.js';
import { districtOf, sameOffice, type StaffOffice } from '../scope/staff-office.js';

/**
 * A staff account, one stream per account. Pure: the actor's current standing, the time and the account id
 * arrive on the command. Accounts are registered and managed from the level above (staff-authority.ts);
 * nobody suspends, moves or resets their own account, and only its holder records a password change. An account whose
 * holder's personal data was erased (its citizen id reads as the erasure marker) takes no command.
 */
export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: initialAccountState,
  evolve: evolveAccount,
  decide(command, state) {
    if (command.type === 'CreateAccount') {
      if (state !== null) throw identityErrors.accountAlreadyCreated();
      const form = parseAccountForm(command.form, command.at);
      authoriseCreation(command.by, form);
      requireRegisteredOffice(form.office, command.authorityRegistered);
      return [{ type: 'AccountCreated', data: { accountId: command.accountId, ...form, at: command.at } }];
    }
    if (state === null) throw identityErrors.accountNotFound();
    if (state.citizenId === ERASED_MARKER) throw identityErrors.accountErased();
    const { at } = command;
    switch (command.type) {
      case 'SuspendAccount': {
        manager(command.by, state);
        const reason = requireText(command.reason, 'reason', 500);
        return state.status === 'SUSPENDED' ? [] : [{ type: 'AccountSuspended', data: { reason, at } }];
      }
      case 'ReinstateAccount':
        manager(command.by, state);
        return state.status === 'ACTIVE' ? [] : [{ type: 'AccountReinstated', data: { at } }];
      case 'ChangeAccountOffice': {
        const actor = manager(command.by, state);
        const post = parsePost(command.level, command.officeCode, command.administrator);
        if (!mayManage(actor, post.level, post.office)) throw identityErrors.forbidden();
        requireRegisteredOffice(post.office, command.authorityRegistered);
        requirePositionAtLevel(state.position, post.level);
        if (post.level === state.level && sameOffice(post.office, state.office) && post.administrator === state.administrator) {
          throw identityErrors.unchanged();
        }
        return [{ type: 'AccountOfficeChanged', data: { ...post, at } }];
      }
      case 'ResetPassword':
        manager(command.by, state);
        return [{ type: 'PasswordReset', data: { at } }];
      case 'RecordPasswordChange':
        if (command.by.kind !== 'STAFF' || command.by.profile.accountId !== state.accountId) throw identityErrors.forbidden();
        if (state.status === 'SUSPENDED') throw identityErrors.suspended();
        return [{ type: 'PasswordChanged', data: { at } }];
    }
  },
};

function authoriseCreation(by: AccountActor, form: ReturnType<typeof parseAccountForm>): void {
  if (by.kind === 'BOOTSTRAP') {
    if (by.administratorExists) throw identityErrors.administratorExists();
    if (form.level !== 'CENTRAL' || !form.administrator) throw identityErrors.bootstrapCentralOnly();
    return;
  }
  const { profile } = by;
  if (form.level === 'TAMBON_TEAM' && profile.level === 'DISTRICT' && profile.administrator && districtOf(form.office) !== profile.office.code) {
    throw identityErrors.teamOutsideDistrict();
  }
  if (!mayRegister(profile, form.level, form.office)) throw identityErrors.forbidden();
}

/** A LOCAL post is at an authority the register of local authorities holds (OFFICE_AUTHORITY_NOT_FOUND otherwise). */
function requireRegisteredOffice(office: StaffOffice, authorityRegistered: boolean | undefined): void {
  if (office.kind === 'AUTHORITY' && authorityRegistered !== true) throw identityErrors.authorityUnknown(office.code);
}

/** The actor, when it may manage this account (and it is not its own). */
function manager(by: AccountActor, account: StaffAccount): StaffProfile {
  if (by.kind !== 'STAFF') throw identityErrors.forbidden();
  if (by.profile.accountId === account.accountId) throw identityErrors.ownAccount();
  if (!mayManage(by.profile, account.level, account.office)) throw identityErrors.forbidden();
  return by.profile;
}
