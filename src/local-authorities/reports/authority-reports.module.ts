import { Module } from '@nestjs/common';
import { LocalAuthoritiesModule } from '../local-authorities.module.js';
import { AuthorityReportController } from './authority-report.controller.js';
import { AuthorityReportResolver } from './authority-report.resolver.js';
import { AuthorityReports } from './authority-reports.service.js';
import { AuthorityReportNonFilers, ProvinceReportNonFilers } from './non-filers.resolver.js';

/** The authorities' collection reports (รายงานการจัดเก็บรายได้): over GraphQL and as xlsx and PDF downloads. */
@Module({
  imports: [LocalAuthoritiesModule],
  providers: [AuthorityReports, AuthorityReportResolver, AuthorityReportNonFilers, ProvinceReportNonFilers],
  controllers: [AuthorityReportController],
})
export class AuthorityReportsModule {}
