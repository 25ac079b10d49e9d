import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { currentRequestScope } from '../../database/request-scope.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { notePersonalRead } from '../../identity/read-log/personal-data-reads.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { attachment } from '../../reporting/export/content-disposition.js';
import { DomainError } from '../../shared/domain-error.js';
import { bookNumberText } from '../receipts/local-numbers.js';
import { leafletErrors } from './leaflet-permit-errors.js';
import { readPermitId } from './leaflet-permit-id.js';
import { permitPdf } from './leaflet-permit-pdf.js';
import { visiblePermit } from './leaflet-permit.resolver.js';

/** What the handler uses of Express's response. */
interface Response {
  status(code: number): Response;
  set(headers: Record<string, string>): Response;
  send(body: Buffer): void;
  json(body: unknown): void;
}

/**
 * GET /leaflet-permits/<permitId>.pdf: an issued permit as a PDF, for a signed-in account (Authorization: Bearer …)
 * whose area holds the authority, as the reports are served. A refusal answers its code, messages and field: 404
 * for a permit there is none of (or of an authority outside the reader's area, read as if there were none), 400
 * for a file name that is no permit id's and for a permit not issued yet. The applicant's data it holds is written
 * to the personal-data read log.
 */
@Controller('leaflet-permits')
export class LeafletPermitPdfController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get(':file')
  async permit(@CurrentStaff() staff: SignedInStaff, @Param('file') file: string, @Res() res: Response): Promise<void> {
    try {
      const permitId = readPermitId(/^(.+)\.pdf$/.exec(file)?.[1] ?? '');
      if (!permitId) throw leafletErrors.idMalformed('file');
      const { permit } = await visiblePermit(this.store, staff, permitId);
      if (!permit.issue) throw leafletErrors.notIssued();
      const number = bookNumberText(permit.issue.permitNumber).replace('/', '-');
      const pdf = await permitPdf(permit);
      // The permit names the applicant, its id and phone: the read is logged, committed before the file is sent.
      notePersonalRead('stream', `leaflet-${permit.request.permitId}`, ['pdf.applicantName', 'pdf.applicantIdNumber', 'pdf.applicantPhone']);
      await currentRequestScope()?.finish();
      res.status(200).set({
        'content-type': 'application/pdf',
        'content-disposition': attachment({ th: `ใบอนุญาตโฆษณาแผ่นประกาศ ${number}`, ascii: `leaflet-permit-${number}` }, 'pdf'),
        'cache-control': 'no-store',
      }).send(pdf);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      res.status(error.code === 'LEAFLET_PERMIT_NOT_FOUND' ? 404 : 400).json({ code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, field: error.field ?? null });
    }
  }
}
