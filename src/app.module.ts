import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type pino from 'pino';
import { AdminUiModule } from './admin-ui/admin-ui.module.js';
import { AuditModule } from './audit/audit.module.js';
import { LogIntegrityModule } from './audit/log-integrity/log-integrity.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { ComplaintModule } from './cases/complaint/complaint.module.js';
import { DebtModule } from './cases/debt/debt.module.js';
import type { AppConfig } from './config/config.js';
import type { Database } from './database/database.js';
import { DatabaseModule } from './database/database.module.js';
import { EventStoreModule } from './eventstore/eventstore.module.js';
import { LogFeaturesNotice } from './eventstore/log-features.notice.js';
import { GeographyModule } from './geography/geography.module.js';
import { HealthModule } from './health/health.module.js';
import { FilersModule } from './identity/filers/filers.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { AuthorityRegisterModule } from './local-authorities/authority-register.module.js';
import { LocalAuthoritiesModule } from './local-authorities/local-authorities.module.js';
import { LeafletPermitsModule } from './local-authorities/leaflet-permits/leaflet-permits.module.js';
import { AuthorityReportsModule } from './local-authorities/reports/authority-reports.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { StaffGuard } from './identity/sessions/staff.guard.js';
import { ApiErrorsFilter } from './graphql/api-errors.filter.js';
import { graphqlOptions } from './graphql/graphql.options.js';
import { GraphiQLModule, graphiqlPage } from './graphql/graphiql.module.js';
import { Metrics } from './metrics/metrics.js';
import { MetricsEndpointModule, MetricsModule } from './metrics/metrics.module.js';
import { ProjectionsModule } from './projections/projections.module.js';
import { ReportingModule } from './reporting/reporting.module.js';
import { PersonalDataKeysModule } from './personal-data/keys/personal-data-keys.module.js';
import { SubjectCopyModule } from './personal-data/subject-copy/subject-copy.module.js';
import { RetentionModule } from './personal-data/retention/retention.module.js';
import { LegalHoldsModule } from './personal-data/legal-holds/legal-holds.module.js';
import { ErasureRequestsModule } from './personal-data/erasure-requests/erasure-requests.module.js';

@Module({})
export class AppModule {
  /** `log`: the service's logger (logging/log.ts), which Nest's Logger and each request's lines write through. */
  static forRoot(database: Database, config: AppConfig, log: pino.Logger): DynamicModule {
    const page = graphiqlPage(config);
    // One registry per app: tests start several apps in one process.
    const metrics = new Metrics();
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot(log),
        DatabaseModule.forRoot(database, config),
        MetricsModule.forRoot(metrics),
        GraphQLModule.forRoot(graphqlOptions(config, page !== undefined, metrics)),
        GraphiQLModule.forRoot(page),
        PersonalDataKeysModule,
        EventStoreModule,
        ProjectionsModule,
        GeographyModule,
        CalendarModule,
        LocalAuthoritiesModule,
        LeafletPermitsModule,
        AuthorityReportsModule,
        AuthorityRegisterModule,
        DebtModule,
        ComplaintModule,
        ReportingModule,
        IdentityModule,
        FilersModule,
        AuditModule,
        SubjectCopyModule,
        RetentionModule,
        LegalHoldsModule,
        ErasureRequestsModule,
        HealthModule,
        MetricsEndpointModule,
        LogIntegrityModule,
        AdminUiModule.forRoot(),
      ],
      providers: [
        { provide: APP_FILTER, useClass: ApiErrorsFilter },
        // Every resolver and controller asks for a signed-in account unless marked @Public().
        { provide: APP_GUARD, useExisting: StaffGuard },
        LogFeaturesNotice,
      ],
    };
  }
}
