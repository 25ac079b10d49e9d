import { ComplaintListProjection } from './complaint-list/complaint-list.projection.js';
import { DistrictCountsProjection } from './district-counts/district-counts.projection.js';
import { DistrictTransfersProjection } from './district-counts/district-transfers.projection.js';
import { ComplaintStatisticsProjection } from './complaint-statistics/complaint-statistics.projection.js';
import { ComplaintSearchProjection } from './complaint-search/complaint-search.projection.js';
import { ComplaintNewsProjection } from './complaint-news/complaint-news.projection.js';
import type { Projection } from './runner/projection.js';
import { ReportLedgerProjection } from '../reporting/ledger/report-ledger.projection.js';
import { DebtCasesProjection } from './debt-cases/debt-cases.projection.js';
import { StreamCatalogueProjection } from './stream-catalogue/stream-catalogue.projection.js';
import { CaseHandoversProjection } from './case-handovers/case-handovers.projection.js';
import { MonthlyReturnsProjection } from './monthly-returns/monthly-returns.projection.js';
import { MonthlyReturnPaymentsProjection } from './monthly-return-payments/monthly-return-payments.projection.js';
import { LegalHoldsProjection } from '../personal-data/legal-holds/legal-holds.projection.js';
import { ErasureRequestsProjection } from '../personal-data/erasure-requests/erasure-requests.projection.js';
import { AuthorisedFilersProjection } from '../local-authorities/business-filers/authorised-filers.projection.js';
import { LeafletPermitsProjection } from '../local-authorities/leaflet-permits/permit-list/leaflet-permits.projection.js';

/** Every read model the runner keeps up to date: one entry per projection (most folders hold one). */
export function allProjections(): Projection[] {
  return [
    new StreamCatalogueProjection(),
    new DebtCasesProjection(),
    new DistrictCountsProjection(),
    new DistrictTransfersProjection(),
    new ComplaintListProjection(),
    new ComplaintStatisticsProjection(),
    new ComplaintSearchProjection(),
    new ComplaintNewsProjection(),
    new ReportLedgerProjection(),
    new CaseHandoversProjection(),
    new MonthlyReturnsProjection(),
    new LeafletPermitsProjection(),
    new MonthlyReturnPaymentsProjection(),
    new AuthorisedFilersProjection(),
    new LegalHoldsProjection(),
    new ErasureRequestsProjection(),
  ];
}
