import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
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
import { GeographyModule } from './geography/geography.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { StaffGuard } from './identity/sessions/staff.guard.js';
import { ApiErrorsFilter } from './graphql/api-errors.filter.js';
import { graphqlOptions } from './graphql/graphql.options.js';
import { GraphiQLModule, graphiqlPage } from './graphql/graphiql.module.js';
import { ProjectionsModule } from './projections/projections.module.js';
import { ReportingModule } from './reporting/reporting.module.js';

@Module({})
export class AppModule {
  static forRoot(database: Database, config: AppConfig): DynamicModule {
    const page = graphiqlPage(config);
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(database, config),
        GraphQLModule.forRoot(graphqlOptions(config, page !== undefined)),
        GraphiQLModule.forRoot(page),
        EventStoreModule,
        ProjectionsModule,
        GeographyModule,
        CalendarModule,
        DebtModule,
        ComplaintModule,
        ReportingModule,
        IdentityModule,
        AuditModule,
        LogIntegrityModule,
        AdminUiModule.forRoot(),
      ],
      providers: [
        { provide: APP_FILTER, useClass: ApiErrorsFilter },
        // Every resolver and controller asks for a signed-in account unless marked @Public().
        { provide: APP_GUARD, useExisting: StaffGuard },
      ],
    };
  }
}
