import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { CurrentStaff } from '../../identity/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/staff-context.js';
import { DomainError } from '../../shared/domain-error.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import { DailyReportService } from '../daily/daily-report.service.js';
import { dailyReportView } from '../daily/daily-report.view.js';
import { MonthlyReportService } from '../monthly/monthly-report.service.js';
import { monthlyReportView } from '../monthly/monthly-report.view.js';
import { reportingErrors } from '../reporting-errors.js';
import { dailyDocument } from './daily-document.js';
import { monthlyDocument } from './monthly-document.js';
import type { ReportDocument } from './report-document.js';
import { toPdf } from './pdf-export.js';
import { toXlsx } from './xlsx-export.js';

/** What the handlers use of Express's response. */
interface Response {
  status(code: number): Response;
  set(headers: Record<string, string>): Response;
  send(body: Buffer): void;
  json(body: unknown): void;
}

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** "49.pdf" → province 49 and the format; "all.xlsx" → no province. */
function parseFile(file: string): { provinceCode: string | null; format: keyof typeof TYPES } {
  const match = /^(.+)\.(xlsx|pdf)$/.exec(toArabicDigits(file));
  if (!match) throw reportingErrors.unknownFormat(file);
  return { provinceCode: match[1] === 'all' ? null : match[1], format: match[2] as keyof typeof TYPES };
}

/**
 * Downloads of the reports: GET /reports/daily/<date>/<province>.(xlsx|pdf), /reports/monthly/<month>/<province|all>.(xlsx|pdf),
 * for a signed-in account (Authorization: Bearer …), with what its area reaches, as the GraphQL reports.
 */
@Controller('reports')
export class ReportExportController {
  constructor(
    @Inject(DailyReportService) private readonly daily: DailyReportService,
    @Inject(MonthlyReportService) private readonly monthly: MonthlyReportService,
  ) {}

  @Get('daily/:date/:file')
  async dailyReport(
    @CurrentStaff() staff: SignedInStaff, @Param('date') date: string, @Param('file') file: string, @Res() res: Response,
  ): Promise<void> {
    await send(res, async () => {
      const { provinceCode, format } = parseFile(file);
      const view = dailyReportView(await this.daily.report(date), provinceCode ?? '', staff);
      return { document: dailyDocument(view), format, title: `รายงานผลการไกล่เกลี่ยประจำวัน ${view.dateTh} ${view.provinceTh}` };
    });
  }

  @Get('monthly/:month/:file')
  async monthlyReport(
    @CurrentStaff() staff: SignedInStaff, @Param('month') month: string, @Param('file') file: string, @Res() res: Response,
  ): Promise<void> {
    await send(res, async () => {
      const { provinceCode, format } = parseFile(file);
      const view = monthlyReportView(await this.monthly.report(month), provinceCode, staff);
      return { document: monthlyDocument(view), format, title: `รายงานผลการปฏิบัติงานประจำเดือน ${view.monthTh} ${view.scopeTh}` };
    });
  }
}

/** Writes the file, or a rejection as 400 with its code and messages (the GraphQL error filter does not answer HTTP). */
async function send(res: Response, make: () => Promise<{ document: ReportDocument; format: keyof typeof TYPES; title: string }>): Promise<void> {
  try {
    const { document, format, title } = await make();
    const file = format === 'xlsx' ? await toXlsx(document) : await toPdf(document, title);
    res.status(200).set({
      'content-type': TYPES[format],
      'content-disposition': `attachment; filename="${document.fileBase}.${format}"`,
      'cache-control': 'no-store',
    }).send(file);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    res.status(400).json({ code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, field: error.field ?? null });
  }
}
