import { graphql, type ResultOf } from '../graphql';

export const FIGURES = graphql(`
  fragment ReportFigures on MediationReportFigures {
    registered contacted mediationsHeld agreed notAgreed partyAbsent referred closed transfersIn transfersOut reduction
    creditors principal outstanding wishingMediation
  }
`);

export const DAILY_REPORT = graphql(`
  query DailyReport($date: String!, $province: String!) {
    dailyMediationReport(date: $date, provinceCode: $province) {
      date dateTh provinceTh officeTh cutOffTh periodStartTh provisional frozenAt missedCutOff notesTh
      districts { districtCode districtTh period { ...ReportFigures } cumulative { ...ReportFigures } }
      provinceTotal { period { ...ReportFigures } cumulative { ...ReportFigures } }
      nationalTotal { period { ...ReportFigures } cumulative { ...ReportFigures } }
      corrections { districtCode districtTh periodDate periodDateTh figures { ...ReportFigures } }
      downloads { xlsx pdf }
    }
  }
`, [FIGURES]);

export const CERTIFICATIONS = graphql(`
  query DailyReportCertifications($date: String!, $province: String!) {
    dailyReportCertifications(date: $date, provinceCode: $province) {
      frozen certifiedCount notCertifiedCount
      districts { districtCode districtTh certified certification { certifiedAtTh certifiedBy { nameTh positionTh } } }
    }
  }
`);

export const CERTIFY = graphql(`
  mutation CertifyDailyReport($input: CertifyDailyReportInput!) {
    certifyDailyReport(input: $input) { date districtCode certifiedAtTh }
  }
`);

export const REPORTING_OFFICE = graphql(`
  query ReportingOffice($office: String!) {
    reportingOffice(officeCode: $office) {
      officeCode officeNameTh mayNameReporters mayCertifyDailyReports
      reporters { namedAt reporters { id title firstName lastName positionTh officePhone mobilePhone status } }
    }
  }
`);

export const OFFICE_ACCOUNTS = graphql(`
  query OfficeAccounts($office: String!) {
    staffAccounts(officeCode: $office, first: 200) { edges { node { id title firstName lastName positionTh status mayWorkCases } } }
  }
`);

export const NAME_REPORTERS = graphql(`
  mutation NameResponsibleReporters($input: NameResponsibleReportersInput!) {
    nameResponsibleReporters(input: $input) { officeCode namedAt }
  }
`);

export const DISTRICTS = graphql(`query Districts($province: String!) { districts(provinceCode: $province) { code nameTh isBangkokKhet } }`);

export const MONTHLY_REPORT = graphql(`
  query MonthlyReport($month: String!, $province: String) {
    monthlyMediationReport(month: $month, provinceCode: $province) {
      month monthTh fiscalYear scopeTh officeTh untilTh complete completedOn revised notesTh
      rows { code nameTh month { ...ReportFigures } fiscalYearToDate { ...ReportFigures } cumulative { ...ReportFigures } }
      total { month { ...ReportFigures } fiscalYearToDate { ...ReportFigures } cumulative { ...ReportFigures } }
      nationalTotal { month { ...ReportFigures } fiscalYearToDate { ...ReportFigures } cumulative { ...ReportFigures } }
      revisions { code nameTh month { ...ReportFigures } }
      downloads { xlsx pdf }
    }
  }
`, [FIGURES]);

export type Figures = ResultOf<typeof FIGURES>;
export type ReportingOffice = NonNullable<ResultOf<typeof REPORTING_OFFICE>['reportingOffice']>;
