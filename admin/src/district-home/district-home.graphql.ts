import { graphql, type ResultOf } from '../graphql';

export const DISTRICT_HOME = graphql(`
  query DistrictHome($provinceCode: String!) {
    dailyReportCutOff { now today todayTh workingDay holidayTh nextWorkingDay nextWorkingDayTh reportDate reportDateTh cutOff cutOffTh }
    districtCounts(provinceCode: $provinceCode) {
      district { code nameTh isBangkokKhet }
      counts { registered contacted wishingMediation inMediation agreed notAgreed partyAbsent referred closed debtReduced }
    }
  }
`);

export const DAILY_REPORT = graphql(`
  query DistrictDailyReport($date: String!, $provinceCode: String!) {
    dailyMediationReport(date: $date, provinceCode: $provinceCode) {
      dateTh cutOffTh periodStartTh provisional frozenAt
      districts {
        districtCode districtTh
        period { registered contacted mediationsHeld agreed notAgreed partyAbsent referred closed transfersIn transfersOut reduction }
        cumulative { registered contacted mediationsHeld agreed notAgreed partyAbsent referred closed transfersIn transfersOut reduction }
      }
    }
  }
`);

export type CutOff = NonNullable<ResultOf<typeof DISTRICT_HOME>['dailyReportCutOff']>;
export type DistrictCounts = NonNullable<ResultOf<typeof DISTRICT_HOME>['districtCounts']>[number]['counts'];
export type ReportRow = NonNullable<ResultOf<typeof DAILY_REPORT>['dailyMediationReport']>['districts'][number];
export type ReportFigures = ReportRow['period'];
