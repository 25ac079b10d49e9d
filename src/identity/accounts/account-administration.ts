import { commandKeyOf } from '../../eventstore/event-ids.js';
import type { CommandContext } from '../../eventstore/handle-command.js';
import type { Clock } from '../../shared/clock.js';
import { fold } from '../../shared/decider.js';
import { AccountLedger, accountIdFor } from './account-ledger.js';
import type { StaffAccount } from './account-state.js';
import type { AccountActor, AccountCommand, AccountForm } from './account.commands.js';
import { accountDecider } from './account.decider.js';
import { insertCredentials, setPassword } from '../sign-in/credentials.store.js';
import { identityErrors } from '../identity-errors.js';
import { hashPassword, oneTimePassword } from '../sign-in/password-hashing.js';
import { revokeAccountSessions, type SessionEnd } from '../sessions/sessions.store.js';
import { centralAdministratorExists, saveAccount } from './staff-accounts.store.js';
import type { OfficeDirectory } from '../scope/office-directory.js';
import type { StaffLevel } from '../scope/staff-office.js';

export interface IssuedAccount {
  account: StaffAccount;
  /** Shown once to the administrator; null when a retried creation finds the account made before. */
  oneTimePassword: string | null;
}

export type AccountChange = { type: 'SuspendAccount'; reason: string } | { type: 'ReinstateAccount' }
  | { type: 'ChangeAccountOffice'; level: StaffLevel; officeCode?: string | null; administrator?: boolean | null };

/** The changes after which the account's open sessions answer their next request with this code. */
const SESSIONS_ENDED_BY: Partial<Record<AccountChange['type'], SessionEnd>> = {
  SuspendAccount: 'ACCOUNT_SUSPENDED',
  ChangeAccountOffice: 'SESSION_REVOKED',
};

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** Registering and managing staff accounts: the form goes up a level, the one-time password comes back once. */
export class AccountAdministration {
  constructor(private readonly ledger: AccountLedger, private readonly clock: Clock, private readonly offices: OfficeDirectory) {}

  /**
   * Registers an account. Its citizen id is claimed in the accounts table inside the command's transaction,
   * so two administrators registering the same person cannot both succeed. BOOTSTRAP creates the first
   * central administrator, once; a lock makes concurrent bootstraps take turns.
   */
  async create(by: AccountActor | 'BOOTSTRAP', form: AccountForm, context: CommandContext): Promise<IssuedAccount> {
    const at = this.clock.now();
    const accountId = accountIdFor(commandKeyOf(context.actor, context.commandId));
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    const authorityRegistered = await this.offices.holdsAuthority(form.level, form.officeCode);
    let issued = false;
    const result = await this.ledger.transaction(async (tx) => {
      let actor: AccountActor;
      if (by === 'BOOTSTRAP') {
        await tx.query("SELECT pg_advisory_xact_lock(hashtext('damrong:identity:bootstrap'))");
        actor = { kind: 'BOOTSTRAP', administratorExists: await centralAdministratorExists(tx) };
      } else {
        actor = by;
      }
      const command: AccountCommand = { type: 'CreateAccount', accountId, form, by: actor, at: at.toISOString(), authorityRegistered };
      const account = fold(accountDecider, accountDecider.decide(command, null))!;
      await saveAccount(tx, account, 1, this.ledger.citizenIndex).catch((error) => {
        throw isUniqueViolation(error) ? identityErrors.citizenIdTaken() : error;
      });
      issued = await insertCredentials(tx, accountId, passwordHash, at);
      const stored = await this.ledger.decideWithin(tx, accountId, command, context);
      if (stored.state.citizenId !== account.citizenId) throw identityErrors.accountAlreadyCreated();
      return stored;
    });
    return { account: result.state, oneTimePassword: issued ? password : null };
  }

  async change(accountId: string, change: AccountChange, by: AccountActor, context: CommandContext): Promise<StaffAccount> {
    const at = this.clock.now();
    const ended = SESSIONS_ENDED_BY[change.type];
    const moved = change.type === 'ChangeAccountOffice'
      ? { ...change, authorityRegistered: await this.offices.holdsAuthority(change.level, change.officeCode) } : change;
    const result = await this.ledger.execute(accountId, { ...moved, by, at: at.toISOString() }, context, {
      after: async (tx, stored) => {
        if (ended && stored.events.length > 0) await revokeAccountSessions(tx, accountId, ended, at);
      },
    });
    return result.state;
  }

  /**
   * A new one-time password for an account whose holder lost theirs; every session of the account ends.
   * Each call issues a new password, so it runs under a command id of its own.
   */
  async resetPassword(accountId: string, by: AccountActor, context: CommandContext): Promise<IssuedAccount> {
    const at = this.clock.now();
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    const result = await this.ledger.execute(accountId, { type: 'ResetPassword', by, at: at.toISOString() }, context, {
      before: (tx) => setPassword(tx, accountId, passwordHash, true, at),
      after: (tx) => revokeAccountSessions(tx, accountId, 'PASSWORD_RESET', at),
    });
    return { account: result.state, oneTimePassword: password };
  }
}
