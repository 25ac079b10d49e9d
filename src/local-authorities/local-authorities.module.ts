import { Module } from '@nestjs/common';
import type pg from 'pg';
import { CalendarModule } from '../calendar/calendar.module.js';
import { FilersModule } from '../identity/filers/filers.module.js';
import { OWNER_POOL } from '../database/database.module.js';
import { Keyring } from '../personal-data/keys/keyring.js';
import { BillPaymentsResolver } from './bill-payments/bill-payments.resolver.js';
import { BusinessAuthorisedFilerFields, BusinessFilersResolver } from './business-filers/business-filers.resolver.js';
import { BusinessFilerHandlers } from './business-filers/business-filer.handlers.js';
import { BusinessesResolver } from './businesses/businesses.resolver.js';
import { BusinessesStore } from './businesses/businesses.store.js';
import { EFilingResolver } from './e-filing/e-filing.resolver.js';
import { LocalAuthoritiesStore } from './local-authorities.store.js';
import { LocalAuthoritiesResolver } from './local-authorities.resolver.js';
import { MonthlyReturnCommandHandlers } from './monthly-returns/monthly-return.command-handlers.js';
import { MonthlyReturnResolver } from './monthly-returns/monthly-return.resolver.js';

/**
 * Local administrative organisations (อปท.) and their ordinance terms (reference data for the local e-filings),
 * the businesses a PAO registers, and their monthly returns (hotel fee, fuel tax, tobacco tax), paid from the bank's bill-payment files;
 * a filer signed in with D.DOPA files their own businesses' returns online (e-filing/), and those of a juristic person
 * that authorised them, as its PAO's staff recorded (business-filers/).
 */
@Module({
  imports: [CalendarModule, FilersModule],
  providers: [
    { provide: LocalAuthoritiesStore, inject: [OWNER_POOL], useFactory: (pool: pg.Pool) => new LocalAuthoritiesStore(pool) },
    { provide: BusinessesStore, inject: [OWNER_POOL, Keyring], useFactory: (pool: pg.Pool, keyring: Keyring) => new BusinessesStore(pool, keyring) },
    LocalAuthoritiesResolver,
    BusinessesResolver,
    BusinessFilerHandlers,
    BusinessFilersResolver,
    BusinessAuthorisedFilerFields,
    MonthlyReturnCommandHandlers,
    MonthlyReturnResolver,
    BillPaymentsResolver,
    EFilingResolver,
  ],
  exports: [LocalAuthoritiesStore],
})
export class LocalAuthoritiesModule {}
