import type { ReportingOffice } from './reports.graphql';

type Reporter = NonNullable<ReportingOffice['reporters']>['reporters'][number];

/** "นางสาวสมศรี ทดสอบ (เจ้าพนักงานปกครอง)": a responsible reporter as a report names them. */
export const reporterName = (r: Reporter): string => `${r.title}${r.firstName} ${r.lastName} (${r.positionTh})`;

/** The pair, or that none is named yet. */
export const pairText = (office: ReportingOffice | null | undefined): string =>
  office?.reporters ? office.reporters.reporters.map(reporterName).join(', ') : 'ยังไม่ได้กำหนด';
