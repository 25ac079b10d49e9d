import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { codecOf } from '../../eventstore/event-codec.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { PersonalDataCodec } from '../../personal-data/keys/personal-data-codec.js';
import { handleCommand } from '../../eventstore/handle-command.js';
import { systemClock, type Clock } from '../../shared/clock.js';
import { AccountAdministration, type IssuedAccount } from './account-administration.js';
import { AccountLedger, type SendCommand } from './account-ledger.js';
import type { CitizenIndex } from './staff-accounts.store.js';
import type { AccountForm } from './account.commands.js';
import { NO_AUTHORITIES, OfficeDirectory } from '../scope/office-directory.js';

export type AdministratorForm = Omit<AccountForm, 'level' | 'officeCode' | 'administrator'>;

/** The actor of the bootstrap's event: no account exists to act yet. */
export const BOOTSTRAP_ACTOR = 'system:bootstrap';

/**
 * The blind index of citizen ids that the store's codec seals under: account rows are found by it (sign-in). A log
 * opened without the personal-data codec would store the holder's name in plain and leave the row unfindable: refused.
 */
export function citizenIndexOf(store: EventStore): CitizenIndex {
  const codec = codecOf(store);
  if (!(codec instanceof PersonalDataCodec)) throw new Error('staff accounts are written through the personal-data codec: open the log with it');
  return (citizenDigits) => codec.subjectIndex(citizenDigits);
}

/**
 * The one-time bootstrap: creates the first central administrator with a random one-time password, and
 * refuses (ADMINISTRATOR_EXISTS) once any central administrator exists. There is no default password.
 */
export function bootstrapAdministrator(pool: pg.Pool, store: EventStore, form: AdministratorForm, clock: Clock = systemClock): Promise<IssuedAccount> {
  const send: SendCommand = (streamId, decider, command, context) => handleCommand(store, streamId, decider, command, context);
  const ledger = new AccountLedger(pool, send, citizenIndexOf(store));
  // The first account is the centre's: no local authority is named, none needs looking up.
  return new AccountAdministration(ledger, clock, new OfficeDirectory(NO_AUTHORITIES)).create(
    'BOOTSTRAP',
    { ...form, level: 'CENTRAL', officeCode: null, administrator: true },
    { commandId: randomUUID(), actor: BOOTSTRAP_ACTOR },
  );
}
