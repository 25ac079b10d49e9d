import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { CLOCK } from '../../database/database.module.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { type Response, send, TYPES } from '../../reporting/export/report-export.controller.js';
import type { Clock } from '../../shared/clock.js';
import { reportingErrors } from '../../reporting/reporting-errors.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import { authorityReportDocument, provinceReportDocument } from './authority-report-document.js';
import { AuthorityReports } from './authority-reports.service.js';

/** "2569.pdf" → the period and the format. */
function parseFile(file: string): { period: string; format: keyof typeof TYPES } {
  const match = /^(.+)\.(xlsx|pdf)$/.exec(toArabicDigits(file));
  if (!match) throw reportingErrors.unknownFormat(file);
  return { period: match[1], format: match[2] as keyof typeof TYPES };
}

/**
 * Downloads of the authorities' collection reports, as the debt reports are served: GET
 * /reports/local-authority/<code>/<fiscal year or month>.(xlsx|pdf) and /reports/local-province/<PAO code>/<…>.(xlsx|pdf),
 * for a signed-in account, with what it may read (as the GraphQL queries).
 */
@Controller('reports')
export class AuthorityReportController {
  constructor(@Inject(AuthorityReports) private readonly reports: AuthorityReports, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get('local-authority/:code/:file')
  async authority(@CurrentStaff() staff: SignedInStaff, @Param('code') code: string, @Param('file') file: string, @Res() res: Response): Promise<void> {
    await send(res, async () => {
      const { period, format } = parseFile(file);
      return { document: authorityReportDocument(await this.reports.ofAuthority(staff, code, period), this.clock.now()), format };
    });
  }

  @Get('local-province/:code/:file')
  async province(@CurrentStaff() staff: SignedInStaff, @Param('code') code: string, @Param('file') file: string, @Res() res: Response): Promise<void> {
    await send(res, async () => {
      const { period, format } = parseFile(file);
      return { document: provinceReportDocument(await this.reports.ofProvince(staff, code, period), this.clock.now()), format };
    });
  }
}
