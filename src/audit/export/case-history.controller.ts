import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { CLOCK } from '../../database/database.module.js';
import { currentRequestScope } from '../../database/request-scope.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { notePersonalRead, recordOfStream } from '../../identity/read-log/personal-data-reads.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import { actorOf, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import { attachment } from '../../reporting/export/content-disposition.js';
import type { Clock } from '../../shared/clock.js';
import { DomainError } from '../../shared/domain-error.js';
import { HistoryActors } from '../history-actors.js';
import { CaseReplay } from '../replay/case-replay.js';
import { exportCaseHistory, NAME_FIELDS, type SealedExport } from './case-history-export.js';
import { caseHistoryPdf } from './case-history-pdf.js';

/** What the handler uses of Express's response. */
interface Response {
  status(code: number): Response;
  set(headers: Record<string, string>): Response;
  send(body: Buffer): void;
  json(body: unknown): void;
}

const TYPES = { pdf: 'application/pdf', json: 'application/json; charset=utf-8' } as const;

/**
 * The export of a case's history for a file: GET /exports/case-history/<caseId>/history.(pdf|json), for auditors and whoever
 * may read the case now (its area), signed in by the session cookie or `Authorization: Bearer`. The personal data it
 * holds is written to the read log, committed before the file is sent; the headers carry its SHA-256 and code.
 */
@Controller('exports/case-history')
export class CaseHistoryController {
  private readonly replay: CaseReplay;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(HistoryActors) private readonly actors: HistoryActors,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.replay = new CaseReplay(store);
  }

  @Get(':caseId/:file')
  async history(
    @CurrentStaff() staff: SignedInStaff, @Param('caseId') caseId: string, @Param('file') file: string, @Res() res: Response,
  ): Promise<void> {
    try {
      const format = file === 'history.pdf' ? 'pdf' : file === 'history.json' ? 'json' : undefined;
      if (!format) throw unknownFile(file);
      const replayed = await this.replay.readWhole(staff, caseId);
      const sealed = await exportCaseHistory(replayed, this.actors, { actor: actorOf(staff), office: staff.officeKey }, this.clock.now());
      logReads(replayed.streamId, sealed);
      const body = format === 'pdf' ? await caseHistoryPdf(sealed) : sealed.json;
      await currentRequestScope()?.finish();
      res.status(200).set({
        'content-type': TYPES[format],
        'content-disposition': attachment({ th: `ประวัติเรื่อง-${replayed.caseId}`, ascii: `history-${replayed.caseId}` }, format),
        'cache-control': 'no-store',
        'x-damrong-sha256': sealed.sha256,
        'x-damrong-verification-code': sealed.verificationCode,
      }).send(body);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      res.status(400).json({ code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, field: error.field ?? null });
    }
  }
}

/** The case's personal fields the file holds, and the names of the accounts that acted on it. */
function logReads(streamId: string, sealed: SealedExport): void {
  const { type, id } = recordOfStream(streamId);
  notePersonalRead(type, id, sealed.personalReads.streamFields);
  for (const accountId of sealed.personalReads.actorAccounts) notePersonalRead('staff_account', accountId, NAME_FIELDS);
}

function unknownFile(file: string): DomainError {
  return new DomainError(
    'HISTORY_EXPORT_UNKNOWN_FILE', `ไม่รู้จักไฟล์ "${file}" ใช้ได้เฉพาะ history.pdf หรือ history.json`,
    `Unknown file "${file}": ask for history.pdf or history.json`, 'file',
  );
}
