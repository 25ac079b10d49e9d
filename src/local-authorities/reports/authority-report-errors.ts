import { DomainError } from '../../shared/domain-error.js';

/** Refusals of an authority's collection report (รายงานการจัดเก็บรายได้ อปท.). */
export const authorityReportErrors = {
  periodMalformed: (input: unknown, field = 'period') => new DomainError('AUTHORITY_REPORT_PERIOD_MALFORMED',
    `ช่วงรายงานต้องเป็นปีงบประมาณ (เช่น 2569) หรือเดือน ปปปป-ดด (เช่น 2568-09) ได้รับ "${String(input ?? '').slice(0, 40)}"`,
    `A report period is a fiscal year (e.g. 2569) or a month YYYY-MM (e.g. 2568-09), CE or Buddhist Era; got "${String(input ?? '').slice(0, 40)}"`, field),
  notPao: (code: string, field = 'authorityCode') => new DomainError('AUTHORITY_REPORT_NOT_PAO',
    `อปท. รหัส ${code} ไม่ใช่องค์การบริหารส่วนจังหวัด จึงไม่มีรายงานภาพรวมจังหวัด`,
    `Authority ${code} is not a provincial administrative organisation: only a PAO has a province-wide report`, field),
};
