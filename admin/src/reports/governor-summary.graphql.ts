import { graphql, type ResultOf } from '../graphql';


export const GOVERNOR_SUMMARY = graphql(`
  query ComplaintGovernorSummary($month: String!, $district: String, $province: String) {
    complaintGovernorSummary(month: $month, districtCode: $district, provinceCode: $province) {
      month monthTh fiscalYear districtCode provinceCode scopeTh officeTh frozen frozenAtTh dueOn dueOnTh
      rows { code nameTh receivedInMonth received inProgress resolved closed solved setAside carriedOver resolutionRatePercent meetsTarget }
      categories { category nameTh receivedInMonth received inProgress resolved closed solved setAside carriedOver resolutionRatePercent meetsTarget }
      total { receivedInMonth received inProgress resolved closed solved setAside carriedOver resolutionRatePercent meetsTarget }
      corrections { correctedMonthTh nameTh categoryTh receivedInMonth received inProgress resolved closed solved setAside carriedOver resolutionRatePercent meetsTarget }
      sending { sentAtTh late dueOn sentBy { nameTh positionTh } }
      downloads { xlsx pdf }
    }
  }
`);

export const GOVERNOR_SUMMARY_STATUS = graphql(`
  query ComplaintGovernorSummaryStatus($month: String!, $province: String!) {
    complaintGovernorSummaryStatus(month: $month, provinceCode: $province) {
      monthTh dueOnTh frozen sentCount lateCount notSentCount overdueCount
      districts { districtCode districtTh sent overdue sending { sentAtTh late sentBy { nameTh positionTh } } }
    }
  }
`);

export const SEND_GOVERNOR_SUMMARY = graphql(`
  mutation SendComplaintGovernorSummary($input: SendComplaintGovernorSummaryInput!) {
    sendComplaintGovernorSummary(input: $input) { districtCode month sentAtTh late }
  }
`);

/** The figures every row of the summary has. */
export type SummaryFigures = Pick<NonNullable<ResultOf<typeof GOVERNOR_SUMMARY>['complaintGovernorSummary']>['total'],
  'receivedInMonth' | 'received' | 'inProgress' | 'resolved' | 'closed' | 'solved' | 'setAside' | 'carriedOver' | 'resolutionRatePercent' | 'meetsTarget'>;

export const REPORTING_OFFICE_FOR_SUMMARY = graphql(`
  query ReportingOfficeForSummary($office: String!) { reportingOffice(officeCode: $office) { officeCode mayCertifyDailyReports } }
`);
