import { Global, Module } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type pg from 'pg';
import { loadIdentityConfig } from '../config/identity-config.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, CLOCK, OWNER_POOL, PG_POOL } from '../database/database.module.js';
import { CaseCommand } from '../eventstore/case-command.js';
import { EVENT_STORE, type EventStore } from '../eventstore/event-store.port.js';
import type { Clock } from '../shared/clock.js';
import { AccountAdministration } from './accounts/account-administration.js';
import { AccountLedger, type SendCommand } from './accounts/account-ledger.js';
import { AUTHORITY_REGISTER, type AuthorityRegister, OfficeDirectory } from './scope/office-directory.js';
import { IDENTITY_SETTINGS, identitySettings, type IdentitySettings } from './identity-settings.js';
import { PasswordChange } from './sign-in/password-change.js';
import { PersonalDataReadsResolver } from './read-log/personal-data-reads.resolver.js';
import { ResponsibleReportersResolver } from './reporters/reporters.resolver.js';
import { ResponsibleReporters } from './reporters/responsible-reporters.js';
import { SessionResolver } from './sessions/session.resolver.js';
import { SignInLimits } from './sign-in/sign-in-limits.js';
import { SignInService } from './sign-in/sign-in.js';
import { SignInThrottle } from './sign-in/sign-in-throttle.js';
import { METRICS, type Metrics } from '../metrics/metrics.js';
import { StaffAccountsResolver } from './accounts/staff-accounts.resolver.js';
import { StaffAuthenticator } from './sessions/staff-authenticator.js';
import { StaffDirectory } from './accounts/staff-directory.js';
import { StaffGuard } from './sessions/staff.guard.js';
import { Keyring } from '../personal-data/keys/keyring.js';
import { CitizenIndexFill } from './accounts/citizen-index-fill.js';
import type { CitizenIndex } from './accounts/staff-accounts.store.js';

const SEND = Symbol('SendAccountCommand');
/** The blind index of citizen ids, the personal-data keyring's (its module is global). */
const CITIZEN_INDEX = Symbol('CitizenIndex');

/**
 * Staff accounts, sign-in and sessions. Sessions, credentials, limits and account commands run on the owner's
 * pool (the identity slice writing its own tables); reading accounts for other staff goes through PG_POOL,
 * in the request's area scope. The local authorities' register (AUTHORITY_REGISTER) comes from a global module of
 * src/local-authorities, so identity never imports that slice. Global, so that any module's resolvers can use StaffGuard and
 * @CurrentStaff() (and AppModule can make StaffGuard the APP_GUARD).
 */
@Global()
@Module({
  providers: [
    { provide: IDENTITY_SETTINGS, useFactory: () => identitySettings(loadIdentityConfig()) },
    {
      provide: SEND, inject: [CommandBus],
      useFactory: (bus: CommandBus): SendCommand => (streamId, decider, command, context) =>
        bus.execute(new CaseCommand(streamId, decider, command, context)),
    },
    { provide: CITIZEN_INDEX, inject: [Keyring], useFactory: (keyring: Keyring): CitizenIndex => (citizenDigits) => keyring.subjectIndex(citizenDigits) },
    {
      provide: CitizenIndexFill, inject: [OWNER_POOL, CITIZEN_INDEX],
      useFactory: (pool: pg.Pool, index: CitizenIndex) => new CitizenIndexFill(pool, index),
    },
    {
      provide: AccountLedger, inject: [OWNER_POOL, SEND, CITIZEN_INDEX],
      useFactory: (pool: pg.Pool, send: SendCommand, index: CitizenIndex) => new AccountLedger(pool, send, index),
    },
    { provide: OfficeDirectory, inject: [AUTHORITY_REGISTER], useFactory: (authorities: AuthorityRegister) => new OfficeDirectory(authorities) },
    {
      provide: AccountAdministration, inject: [AccountLedger, CLOCK, OfficeDirectory],
      useFactory: (ledger: AccountLedger, clock: Clock, offices: OfficeDirectory) => new AccountAdministration(ledger, clock, offices),
    },
    {
      provide: SignInLimits, inject: [OWNER_POOL, IDENTITY_SETTINGS],
      useFactory: (pool: pg.Pool, settings: IdentitySettings) => new SignInLimits(pool, settings),
    },
    {
      provide: SignInThrottle, inject: [OWNER_POOL, SignInLimits, IDENTITY_SETTINGS, CITIZEN_INDEX],
      useFactory: (pool: pg.Pool, limits: SignInLimits, settings: IdentitySettings, index: CitizenIndex) =>
        new SignInThrottle(pool, limits, settings.lockout, index),
    },
    {
      provide: SignInService, inject: [OWNER_POOL, EVENT_STORE, SignInThrottle, CLOCK, IDENTITY_SETTINGS, CITIZEN_INDEX, METRICS],
      useFactory: (
        pool: pg.Pool, store: EventStore, throttle: SignInThrottle, clock: Clock, settings: IdentitySettings, index: CitizenIndex, metrics: Metrics,
      ) => new SignInService(pool, store, throttle, clock, settings, index, metrics),
    },
    {
      provide: PasswordChange, inject: [OWNER_POOL, AccountLedger, SignInThrottle, CLOCK],
      useFactory: (pool: pg.Pool, ledger: AccountLedger, throttle: SignInThrottle, clock: Clock) => new PasswordChange(pool, ledger, throttle, clock),
    },
    {
      provide: StaffAuthenticator, inject: [OWNER_POOL, EVENT_STORE, CLOCK, IDENTITY_SETTINGS, APP_CONFIG],
      useFactory: (pool: pg.Pool, store: EventStore, clock: Clock, settings: IdentitySettings, config: AppConfig) =>
        new StaffAuthenticator(pool, store, clock, settings, config.eventStore === 'postgres'),
    },
    { provide: StaffDirectory, inject: [PG_POOL], useFactory: (pool: pg.Pool) => new StaffDirectory(pool) },
    {
      provide: ResponsibleReporters, inject: [PG_POOL, EVENT_STORE, SEND, CLOCK],
      useFactory: (pool: pg.Pool, store: EventStore, send: SendCommand, clock: Clock) => new ResponsibleReporters(pool, store, send, clock),
    },
    StaffGuard,
    SessionResolver,
    StaffAccountsResolver,
    ResponsibleReportersResolver,
    PersonalDataReadsResolver,
  ],
  exports: [StaffAuthenticator, StaffGuard, OfficeDirectory],
})
export class IdentityModule {}
