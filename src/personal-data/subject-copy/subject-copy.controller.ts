import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { isCentralAdministrator } from '../../identity/scope/area-scope.js';
import { CurrentStaff, Requires } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { attachment } from '../../reporting/export/content-disposition.js';
import { DomainError } from '../../shared/domain-error.js';
import { SubjectCopies } from './subject-copies.js';
import { subjectCopyErrors } from './subject-copy-errors.js';
import { subjectCopyPdf } from './subject-copy-pdf.js';

interface Response {
  status(code: number): Response;
  set(headers: Record<string, string>): Response;
  send(body: Buffer | string): void;
  json(body: unknown): void;
}

const FILE = /^([0-9a-f-]{36})\.(pdf|json)$/;
const TYPES = { pdf: 'application/pdf', json: 'application/json; charset=utf-8' } as const;

/**
 * The downloads of a data subject's copy just produced: GET /personal-data/subject-copy/<requestId>.(pdf|json), for the
 * central administrator who produced it, within 30 minutes. The JSON is the copy as data (events' data as objects).
 */
@Controller('personal-data/subject-copy')
export class SubjectCopyController {
  constructor(@Inject(SubjectCopies) private readonly copies: SubjectCopies) {}

  @Requires(isCentralAdministrator)
  @Get(':file')
  async download(@CurrentStaff() staff: SignedInStaff, @Param('file') file: string, @Res() res: Response): Promise<void> {
    try {
      const [, requestId, format] = FILE.exec(file) ?? [];
      if (!requestId) throw subjectCopyErrors.unknownFile(file);
      const copy = this.copies.downloadable(staff, requestId);
      const body = format === 'pdf' ? await subjectCopyPdf(copy) : Buffer.from(JSON.stringify(copy, null, 2));
      res.status(200).set({
        'content-type': TYPES[format as 'pdf' | 'json'],
        'content-disposition': attachment({ th: `สำเนาข้อมูล-${copy.subjectMasked}`, ascii: `subject-copy-${requestId}` }, format),
        'cache-control': 'no-store',
      }).send(body);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      res.status(error.code === 'SUBJECT_COPY_NOT_FOUND' ? 404 : 400)
        .json({ code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, field: error.field ?? null });
    }
  }
}
