import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import { DomainError } from '../../shared/domain-error.js';
import { districtTitle, provinceTitle } from '../report-figures.js';

const monthText = (month: string) => formatThaiDate(`${month}-01`).replace(/^1 /, '');

/** Typed rejections of certifying and sending the monthly complaint summary to the governor. */
export const governorSummaryErrors = {
  outOfArea: (code: string, field = 'districtCode') => new DomainError(
    'GOVERNOR_SUMMARY_OUT_OF_AREA',
    `${code.length === 2 ? provinceTitle(code) : districtTitle(code)} อยู่นอกพื้นที่ของท่าน`,
    `${code.length === 2 ? 'Province' : 'District'} ${code} is outside your area`,
    field,
  ),
  notResponsible: (districtCode: string) => new DomainError(
    'GOVERNOR_SUMMARY_NOT_RESPONSIBLE',
    `ท่านไม่ได้เป็นผู้รับผิดชอบการรายงานของ${districtTitle(districtCode)} จึงรับรองและส่งสรุปผลไม่ได้`,
    `Only one of the two responsible reporters named for district ${districtCode}, working there, certifies and sends its summary`,
    'districtCode',
  ),
  monthNotOver: (month: string) => new DomainError(
    'GOVERNOR_SUMMARY_MONTH_NOT_OVER',
    `เดือน${monthText(month)} ยังไม่สิ้นสุดหรือยังไม่ได้ปิดยอดสถิติ ณ วันสิ้นเดือน จึงยังส่งสรุปผลไม่ได้`,
    `The month ${month} is not over, or its month-end statistics are not frozen yet: its summary cannot be sent`,
    'month',
  ),
  alreadySent: (month: string, districtCode: string, at: string) => new DomainError(
    'GOVERNOR_SUMMARY_ALREADY_SENT',
    `${districtTitle(districtCode)} ส่งสรุปผลเดือน${monthText(month)} แล้วเมื่อ ${formatThaiDateTime(new Date(at))}`,
    `District ${districtCode} sent its summary of ${month} already, at ${at}`,
    'month',
  ),
};
