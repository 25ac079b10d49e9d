import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { CLOCK } from '../../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../../eventstore/event-store.port.js';
import { FilerSessions } from '../../../identity/filers/filer-sessions.store.js';
import type { RequestOrigin } from '../../../identity/sign-in/client-address.js';
import { Public } from '../../../identity/sessions/staff-access.decorators.js';
import { attachment } from '../../../reporting/export/content-disposition.js';
import type { Clock } from '../../../shared/clock.js';
import { DomainError } from '../../../shared/domain-error.js';
import { bookNumberText } from '../../receipts/local-numbers.js';
import { leafletErrors } from '../leaflet-permit-errors.js';
import { readPermitId } from '../leaflet-permit-id.js';
import { permitPdf } from '../leaflet-permit-pdf.js';
import { filersPermit } from './filer-requester.js';

interface Response {
  status(code: number): Response;
  set(headers: Record<string, string>): Response;
  send(body: Buffer): void;
  json(body: unknown): void;
}

const STATUS: Record<string, number> = { LEAFLET_PERMIT_NOT_FOUND: 404, FILER_NOT_SIGNED_IN: 401 };

/**
 * GET /filer/leaflet-permits/<permitId>.pdf: the issued permit as a PDF, for the filer who is its applicant (their
 * filer session cookie, D.DOPA-verified). A refusal answers its code, messages and field: 401 without a filer session,
 * 404 for a permit there is none of or another's, 400 for a file name that is no permit id's or a permit not issued yet.
 */
@Controller('filer/leaflet-permits')
export class FilerPermitPdfController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(FilerSessions) private readonly sessions: FilerSessions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Public()
  @Get(':file')
  async permit(@Req() request: RequestOrigin, @Param('file') file: string, @Res() res: Response): Promise<void> {
    try {
      const session = await this.sessions.signedIn(request.headers.cookie, this.clock.now());
      const permitId = readPermitId(/^(.+)\.pdf$/.exec(file)?.[1] ?? '');
      if (!permitId) throw leafletErrors.idMalformed('file');
      const permit = await filersPermit(this.store, session, permitId);
      if (!permit.issue) throw leafletErrors.notIssued();
      const number = bookNumberText(permit.issue.permitNumber).replace('/', '-');
      res.status(200).set({
        'content-type': 'application/pdf',
        'content-disposition': attachment({ th: `ใบอนุญาตโฆษณาแผ่นประกาศ ${number}`, ascii: `leaflet-permit-${number}` }, 'pdf'),
        'cache-control': 'no-store',
      }).send(await permitPdf(permit));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      res.status(STATUS[error.code] ?? 400).json({ code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, field: error.field ?? null });
    }
  }
}
