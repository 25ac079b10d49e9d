import { ComplaintHistoryEntryFields, RecordedEventFields } from '../audit/history-entry.resolver.js';
import { CaseReplayResolver } from '../audit/replay/case-replay.resolver.js';
import { DistrictCountsAsOfResolver } from '../audit/replay/district-counts-as-of.resolver.js';
import { LogIntegrityResolver } from '../audit/log-integrity/log-integrity.resolver.js';
import { PersonalDataReaderField } from '../audit/personal-data-reader.resolver.js';
import { HolidayCalendarResolver } from '../calendar/holiday-calendar.resolver.js';
import { ComplaintResolver } from '../cases/complaint/complaint.resolver.js';
import { ComplaintCategoriesResolver } from '../cases/complaint/categories/complaint-categories.resolver.js';
import { ComplaintDetailResolver } from '../cases/complaint/detail/complaint-detail.resolver.js';
import { ComplaintDocumentsResolver } from '../cases/complaint/documents/complaint-documents.resolver.js';
import { ComplaintDuplicateCheckResolver } from '../cases/complaint/duplicates/complaint-duplicate-check.resolver.js';
import { CaseHandoversResolver } from '../projections/case-handovers/case-handovers.resolver.js';
import { ComplaintListResolver } from '../projections/complaint-list/complaint-list.resolver.js';
import { ComplaintStatusResolver } from '../projections/complaint-list/complaint-status.resolver.js';
import { ComplaintSearchResolver } from '../projections/complaint-search/complaint-search.resolver.js';
import { ComplaintStatisticsResolver } from '../projections/complaint-statistics/complaint-statistics.resolver.js';
import { ComplaintNewsResolver } from '../projections/complaint-news/complaint-news.resolver.js';
import { DistrictNewsResolver } from '../cases/complaint/news/district-news.resolver.js';
import { DebtResolver } from '../cases/debt/debt.resolver.js';
import { DebtDetailResolver } from '../cases/debt/detail/debt-detail.resolver.js';
import { SubjectCopyResolver } from '../personal-data/subject-copy/subject-copy.resolver.js';
import { SubjectCopyRequestsResolver } from '../personal-data/subject-copy/subject-copy-requests.resolver.js';
import { SubjectEventActorField } from '../personal-data/subject-copy/subject-event-actor.resolver.js';
import { RetentionResolver } from '../personal-data/retention/retention.resolver.js';
import { LegalHoldsResolver } from '../personal-data/legal-holds/legal-holds.resolver.js';
import { LegalHoldActorFields } from '../personal-data/legal-holds/legal-hold-actors.resolver.js';
import { ErasureRequestsResolver } from '../personal-data/erasure-requests/erasure-requests.resolver.js';
import { StreamHistoryResolver } from '../audit/stream-history.resolver.js';
import { GeographyResolver } from '../geography/geography.resolver.js';
import { LocalAuthoritiesResolver } from '../local-authorities/local-authorities.resolver.js';
import { BusinessesResolver } from '../local-authorities/businesses/businesses.resolver.js';
import { BusinessAuthorisedFilerFields, BusinessFilersResolver } from '../local-authorities/business-filers/business-filers.resolver.js';
import { BillPaymentsResolver } from '../local-authorities/bill-payments/bill-payments.resolver.js';
import { EFilingResolver } from '../local-authorities/e-filing/e-filing.resolver.js';
import { MonthlyReturnResolver } from '../local-authorities/monthly-returns/monthly-return.resolver.js';
import { MonthlyReturnsResolver } from '../projections/monthly-returns/monthly-returns.resolver.js';
import { AuthorityReportResolver } from '../local-authorities/reports/authority-report.resolver.js';
import { AuthorityReportNonFilers, ProvinceReportNonFilers } from '../local-authorities/reports/non-filers.resolver.js';
import { LeafletPermitResolver } from '../local-authorities/leaflet-permits/leaflet-permit.resolver.js';
import { LeafletOnlineResolver } from '../local-authorities/leaflet-permits/online/leaflet-online.resolver.js';
import { PersonalDataReadsResolver } from '../identity/read-log/personal-data-reads.resolver.js';
import { ResponsibleReportersResolver } from '../identity/reporters/reporters.resolver.js';
import { SessionResolver } from '../identity/sessions/session.resolver.js';
import { FilerResolver } from '../identity/filers/filer.resolver.js';
import { StaffAccountsResolver } from '../identity/accounts/staff-accounts.resolver.js';
import { DistrictCountsResolver } from '../projections/district-counts/district-counts.resolver.js';
import { DebtCasesResolver } from '../projections/debt-cases/debt-cases.resolver.js';
import { DailyReportResolver } from '../reporting/daily/daily-report.resolver.js';
import { ReportCutOffResolver } from '../reporting/daily/report-cut-off.resolver.js';
import { MonthlyReportResolver } from '../reporting/monthly/monthly-report.resolver.js';
import { GovernorSummaryResolver } from '../reporting/governor-summary/governor-summary.resolver.js';
import { FrozenReportsResolver } from '../audit/frozen-reports/frozen-reports.resolver.js';
import { ProjectionStatusResolver } from '../projections/runner/projection-status.resolver.js';
import { ProjectionRebuildResolver } from '../projections/rebuild/projection-rebuild.resolver.js';
import { StreamCatalogueResolver } from '../projections/stream-catalogue/stream-catalogue.resolver.js';

/** Every resolver of the API: `npm run schema` prints schema.graphql from these. */
export const RESOLVERS: Function[] = [
  GeographyResolver,
  HolidayCalendarResolver,
  LocalAuthoritiesResolver,
  BusinessesResolver,
  BusinessFilersResolver,
  BusinessAuthorisedFilerFields,
  MonthlyReturnResolver,
  BillPaymentsResolver,
  MonthlyReturnsResolver,
  EFilingResolver,
  LeafletPermitResolver,
  LeafletOnlineResolver,
  AuthorityReportResolver,
  AuthorityReportNonFilers,
  ProvinceReportNonFilers,
  ProjectionStatusResolver,
  ProjectionRebuildResolver,
  StreamCatalogueResolver,
  StreamHistoryResolver,
  CaseReplayResolver,
  DistrictCountsAsOfResolver,
  DebtCasesResolver,
  DebtResolver,
  DebtDetailResolver,
  DistrictCountsResolver,
  ComplaintResolver,
  ComplaintDetailResolver,
  ComplaintDocumentsResolver,
  ComplaintDuplicateCheckResolver,
  ComplaintCategoriesResolver,
  ComplaintListResolver,
  ComplaintStatusResolver,
  ComplaintSearchResolver,
  ComplaintStatisticsResolver,
  ComplaintNewsResolver,
  DistrictNewsResolver,
  DailyReportResolver,
  ReportCutOffResolver,
  MonthlyReportResolver,
  GovernorSummaryResolver,
  FrozenReportsResolver,
  LogIntegrityResolver,
  SessionResolver,
  FilerResolver,
  StaffAccountsResolver,
  ResponsibleReportersResolver,
  PersonalDataReadsResolver,
  SubjectCopyResolver,
  SubjectCopyRequestsResolver,
  SubjectEventActorField,
  RetentionResolver,
  LegalHoldsResolver,
  LegalHoldActorFields,
  ErasureRequestsResolver,
  CaseHandoversResolver,
  RecordedEventFields,
  ComplaintHistoryEntryFields,
  PersonalDataReaderField,
];
