import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type pg from 'pg';
import { CLOCK, PG_POOL } from '../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import type { Clock } from '../../shared/clock.js';
import { GovernorSummaries } from '../governor-summary/governor-summary.service.js';
import { governorSummaryFile } from './governor-summary-file.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { DomainError } from '../../shared/domain-error.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import { reportingErrors } from '../reporting-errors.js';
import { attachment } from './content-disposition.js';
import type { ReportDocument } from './report-document.js';
import { ReportFiles } from './report-files.js';
import { toPdf } from './pdf-export.js';
import { toXlsx } from './xlsx-export.js';

/** What the handlers use of Express's response. */
export interface Response {
  status(code: number): Response;
  set(headers: Record<string, string>): Response;
  send(body: Buffer): void;
  json(body: unknown): void;
}

export const TYPES = {
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
 * /reports/complaint-summary/<month>/<district|province>.(xlsx|pdf),
 * for a signed-in account (Authorization: Bearer …), with what its area reaches, as the GraphQL reports.
 */
@Controller('reports')
export class ReportExportController {
  constructor(
    @Inject(ReportFiles) private readonly files: ReportFiles,
    @Inject(GovernorSummaries) private readonly summaries: GovernorSummaries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly accounts: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('daily/:date/:file')
  async dailyReport(
    @CurrentStaff() staff: SignedInStaff, @Param('date') date: string, @Param('file') file: string, @Res() res: Response,
  ): Promise<void> {
    await send(res, async () => {
      const { provinceCode, format } = parseFile(file);
      return { document: await this.files.dailyFile(staff, date, provinceCode ?? ''), format };
    });
  }

  @Get('monthly/:month/:file')
  async monthlyReport(
    @CurrentStaff() staff: SignedInStaff, @Param('month') month: string, @Param('file') file: string, @Res() res: Response,
  ): Promise<void> {
    await send(res, async () => {
      const { provinceCode, format } = parseFile(file);
      return { document: await this.files.monthlyFile(staff, month, provinceCode), format };
    });
  }

  /** /reports/complaint-summary/<month>/<district>.(xlsx|pdf), or /<province>.(xlsx|pdf) for the province's districts. */
  @Get('complaint-summary/:month/:file')
  async complaintGovernorSummary(
    @CurrentStaff() staff: SignedInStaff, @Param('month') month: string, @Param('file') file: string, @Res() res: Response,
  ): Promise<void> {
    await send(res, async () => {
      const { provinceCode: code, format } = parseFile(file);
      const document = await governorSummaryFile(this.summaries, this.store, this.accounts, staff, month, code ?? '', this.clock.now());
      return { document, format };
    });
  }
}

/**
 * Writes the file, named in Thai (`filename*`) with an ASCII fallback, or a rejection as 400 with its code and
 * messages (the GraphQL error filter does not answer HTTP).
 */
export async function send(res: Response, make: () => Promise<{ document: ReportDocument; format: keyof typeof TYPES }>): Promise<void> {
  try {
    const { document, format } = await make();
    const file = format === 'xlsx' ? await toXlsx(document) : await toPdf(document);
    res.status(200).set({
      'content-type': TYPES[format],
      'content-disposition': attachment(document.fileName, format),
      'cache-control': 'no-store',
    }).send(file);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    res.status(400).json({ code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, field: error.field ?? null });
  }
}
