import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { CommandContext, CommandResult } from '../../eventstore/handle-command.js';
import type { Decider, DomainEvent } from '../../shared/decider.js';
import type { AccountState, StaffAccount } from './account-state.js';
import type { AccountCommand } from './account.commands.js';
import { accountDecider } from './account.decider.js';
import { accountStreamId, type AccountEvent } from './account.events.js';
import { type CitizenIndex, saveAccount } from './staff-accounts.store.js';
import { inTransaction } from '../../database/transaction.js';

/** Sends a command to its stream: the CommandBus in the service, handleCommand on a store in the CLI. */
export type SendCommand = <C, E extends DomainEvent, S>(
  streamId: string, decider: Decider<C, E, S>, command: C, context: CommandContext,
) => Promise<CommandResult<E, S>>;

export type AccountResult = CommandResult<AccountEvent, AccountState> & { state: StaffAccount };

export interface LedgerSteps {
  /** Writes that must hold only if the command is accepted (a new password hash, a citizen-id claim). */
  before?(tx: pg.PoolClient): Promise<void>;
  /** Writes that follow from what was decided (ending sessions). */
  after?(tx: pg.PoolClient, result: AccountResult): Promise<void>;
}

/** The id of the account a creation makes: drawn from its command key (see commandKeyOf), so a retried creation makes no second one. */
export function accountIdFor(commandKey: string): string {
  const hex = createHash('sha256').update(`damrong:account:${commandKey}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Runs an account command with the slice's tables in one database transaction around it: `before`, then the
 * command decided and appended to the account's stream, then the account's row (the folded stream) and
 * `after`, committed together. A refused command rolls the table writes back. The append commits on its own:
 * should the process die between the two commits, the stream is ahead of the table until the account's next
 * command; security checks read the stream, never the table.
 */
export class AccountLedger {
  constructor(private readonly pool: pg.Pool, private readonly send: SendCommand, readonly citizenIndex: CitizenIndex) {}

  async execute(accountId: string, command: AccountCommand, context: CommandContext, steps: LedgerSteps = {}): Promise<AccountResult> {
    return this.transaction(async (tx) => {
      await steps.before?.(tx);
      const result = await this.decideWithin(tx, accountId, command, context);
      await steps.after?.(tx, result);
      return result;
    });
  }

  /** The command decided and appended, and the account's row written in `tx` (whose owner commits it). */
  async decideWithin(tx: pg.PoolClient, accountId: string, command: AccountCommand, context: CommandContext): Promise<AccountResult> {
    const result = await this.send(accountStreamId(accountId), accountDecider, command, context);
    if (result.state === null) throw new Error(`account command left no account ${accountId}`);
    const accepted = result as AccountResult;
    await saveAccount(tx, accepted.state, accepted.version, this.citizenIndex);
    return accepted;
  }

  transaction<T>(work: (tx: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, work);
  }
}
