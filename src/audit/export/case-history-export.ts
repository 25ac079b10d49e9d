import { createHash } from 'node:crypto';
import { formatThaiDateTime } from '../../calendar/thai-date-text.js';
import { verificationCode } from '../../reporting/export/verification-code.js';
import type { FieldChange } from '../field-changes.js';
import { describeEvents } from '../field-changes.js';
import type { HistoryActor, HistoryActors } from '../history-actors.js';
import { historySpecOf } from '../history-specs.js';
import type { CaseKind, ReplayedCase } from '../replay/case-replay.js';

/** Who acted or exported, as a paper file names them. */
export interface ExportedPerson {
  actor: string;
  /** Title, first and last name; the system's name for the system. */
  nameTh: string | null;
  positionTh: string | null;
  officeTh: string | null;
}

export interface ExportedEvent {
  version: number;
  type: string;
  labelTh: string;
  labelEn: string;
  recordedAt: string;
  recordedAtTh: string;
  actedBy: ExportedPerson;
  commandId: string;
  correlationId: string;
  causationId: string;
  changes: Omit<FieldChange, 'personalField'>[];
}

/** A case's history as exported for a file: the JSON download is exactly this, and the PDF prints it. */
export interface CaseHistoryExport {
  format: 'damrong-case-history/1';
  caseId: string;
  kind: CaseKind;
  versions: number;
  exportedAt: string;
  exportedAtTh: string;
  exportedBy: ExportedPerson;
  events: ExportedEvent[];
}

/** The export, its bytes as the JSON file holds them, their SHA-256 and its verification code (verification-code.ts). */
export interface SealedExport {
  content: CaseHistoryExport;
  json: Buffer;
  sha256: string;
  verificationCode: string;
  /** Personal fields the export holds, by record, for the personal-data read log. */
  personalReads: { streamFields: string[]; actorAccounts: string[] };
}

/** What the export holds of each acting account, for the read log. */
export const NAME_FIELDS = ['firstName', 'lastName', 'title'];

/**
 * The whole history of a case as a file holds it: each event with its Thai and English names, who acted as they
 * stood then (name, position, office), the command and correlation ids, and the fields it changed; who exported
 * it and when. The JSON text is written once, and its SHA-256 gives the code printed on every page of the PDF.
 */
export async function exportCaseHistory(
  replayed: ReplayedCase, actors: HistoryActors, exporter: { actor: string; office: string }, now: Date,
): Promise<SealedExport> {
  const spec = historySpecOf(replayed.streamId)!;
  const described = describeEvents(spec, replayed.events.map((e) => ({ type: e.type, data: e.data })));
  const events: ExportedEvent[] = [];
  const personal = new Set<string>();
  const accounts = new Set<string>();
  for (const [i, event] of replayed.events.entries()) {
    const { type, changes } = described[i];
    const actor = await actors.actorAt(event.metadata.actor, event.metadata.actorOffice, event.recordedAt);
    if (actor.accountId) accounts.add(actor.accountId);
    for (const change of changes) if (change.personalField) personal.add(`changes.${change.personalField}`);
    events.push({
      version: event.version, type: event.type, labelTh: type.th, labelEn: type.en,
      recordedAt: event.recordedAt.toISOString(), recordedAtTh: formatThaiDateTime(event.recordedAt),
      actedBy: personOf(actor), commandId: event.metadata.commandId, correlationId: event.metadata.correlationId,
      causationId: event.metadata.causationId, changes: changes.map(({ personalField, ...change }) => change),
    });
  }
  const content: CaseHistoryExport = {
    format: 'damrong-case-history/1', caseId: replayed.caseId, kind: replayed.kind, versions: replayed.events.length,
    exportedAt: now.toISOString(), exportedAtTh: formatThaiDateTime(now),
    exportedBy: personOf(await actors.actorAt(exporter.actor, exporter.office, now)), events,
  };
  const json = Buffer.from(`${JSON.stringify(content, null, 2)}\n`, 'utf8');
  const sha256 = createHash('sha256').update(json).digest('hex');
  return {
    content, json, sha256, verificationCode: verificationCode(sha256),
    personalReads: { streamFields: [...personal].sort(), actorAccounts: [...accounts].sort() },
  };
}

function personOf(actor: HistoryActor): ExportedPerson {
  const name = actor.firstName ? `${actor.title ?? ''}${actor.firstName} ${actor.lastName ?? ''}`.trim() : '';
  return {
    actor: actor.actor,
    nameTh: actor.kind === 'STAFF' ? name || null : actor.systemTh,
    positionTh: actor.positionTh,
    officeTh: actor.office?.nameTh ?? null,
  };
}
