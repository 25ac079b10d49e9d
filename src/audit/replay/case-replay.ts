import { foldComplaintDetail, type ComplaintDetail } from '../../cases/complaint/detail/complaint-detail.js';
import { complaintDecider } from '../../cases/complaint/complaint.decider.js';
import { complaintErrors } from '../../cases/complaint/complaint-errors.js';
import type { ComplaintEvent } from '../../cases/complaint/complaint.events.js';
import { debtStreamId } from '../../cases/debt/registration/debt-case-id.js';
import { foldDebtCaseDetail, type DebtCaseDetail } from '../../cases/debt/detail/debt-detail.js';
import { debtErrors } from '../../cases/debt/debt-errors.js';
import { debtDecider } from '../../cases/debt/debt.decider.js';
import { debtEventsIn } from '../../cases/debt/debt.events.js';
import { CaseUnreadableError } from '../../eventstore/command.errors.js';
import type { EventStore, StoredEvent } from '../../eventstore/event-store.port.js';
import { coversDistrict } from '../../identity/scope/area-scope.js';
import { coversOffice, type StaffProfile } from '../../identity/scope/staff-authority.js';
import { foldRecorded } from '../../shared/decider.js';
import { DomainError } from '../../shared/domain-error.js';
import { auditErrors } from '../audit-errors.js';

export type CaseKind = 'DEBT' | 'COMPLAINT';

/** A case's whole stream, read for a reader who may read the case now. */
export interface ReplayedCase {
  kind: CaseKind;
  caseId: string;
  streamId: string;
  events: StoredEvent[];
  /** The version of the first event its decider cannot read, if any. */
  unreadableAt?: number;
}

/** A case as it stood after its first `version` events; the detail is null before its first event. */
export interface CaseAt {
  kind: CaseKind;
  caseId: string;
  version: number;
  versions: number;
  /** When the last of the folded events was recorded; null at version 0. */
  recordedAt: Date | null;
  debtCase: DebtCaseDetail | null;
  complaint: ComplaintDetail | null;
}

export type ReplayPoint = { asOf?: Date | null; version?: number | null };

type Reader = Pick<StaffProfile, 'level' | 'office'>;

/** DEBT-… ids are debt cases; anything else names a complaint. */
export const caseKindOf = (caseId: string): CaseKind => (/^DEBT-/i.test(caseId) ? 'DEBT' : 'COMPLAINT');

const streamOf = (kind: CaseKind, caseId: string) => (kind === 'DEBT' ? debtStreamId(caseId) : `complaint-${caseId}`);

/**
 * Replay of a case from its stream, read as the case detail reads it (as the owner: the log decides, not a read
 * model that may trail): the whole stream folded by its case type's decider to find whether the reader may read
 * the case now (the district or office holding it today; out of scope reads as not found, as the case detail
 * answers), then the first n events folded into the case detail as it stood after them.
 */
export class CaseReplay {
  constructor(private readonly store: Pick<EventStore, 'readStream'>) {}

  async read(staff: Reader, id: string): Promise<ReplayedCase> {
    const caseId = id.trim();
    const kind = caseKindOf(caseId);
    const streamId = streamOf(kind, caseId);
    const events = caseId === '' ? [] : await this.store.readStream(streamId);
    if (kind === 'DEBT') {
      const { state, unreadableAt } = foldRecorded(debtDecider, events);
      if (state.status === null || !coversDistrict(staff, state.figures.districtCode)) throw onId(debtErrors.notFound());
      return { kind, caseId, streamId, events, unreadableAt };
    }
    const { state, unreadableAt } = foldRecorded(complaintDecider, events);
    const owner = state.status === null ? null : state.owningOffice;
    if (!owner || !coversOffice(staff, { kind: owner.level, code: owner.code })) throw onId(complaintErrors.notFound());
    return { kind, caseId, streamId, events, unreadableAt };
  }

  /** The whole stream for a timeline or an export: CASE_UNREADABLE when an event of it cannot be read, as the case history answers. */
  async readWhole(staff: Reader, id: string): Promise<ReplayedCase> {
    const replayed = await this.read(staff, id);
    if (replayed.unreadableAt !== undefined) throw new CaseUnreadableError(replayed.streamId, replayed.unreadableAt);
    return replayed;
  }

  async at(staff: Reader, id: string, point: ReplayPoint): Promise<CaseAt> {
    const replayed = await this.read(staff, id);
    return foldTo(replayed, versionAt(replayed.events, point));
  }
}

/** Not found, as the case detail answers it: naming the id. */
function onId({ code, messageTh, messageEn }: DomainError): DomainError {
  return new DomainError(code, messageTh, messageEn, 'id');
}

/** How many of the events the point takes: a version as given, an instant every event recorded at or before it. */
export function versionAt(events: readonly StoredEvent[], { asOf, version }: ReplayPoint): number {
  if ((asOf ?? null) === null === ((version ?? null) === null)) throw auditErrors.pointRequired();
  if (asOf) {
    const after = events.findIndex((e) => e.recordedAt.getTime() > asOf.getTime());
    return after === -1 ? events.length : after;
  }
  if (!Number.isInteger(version) || version! < 0 || version! > events.length) throw auditErrors.versionOutOfRange(events.length);
  return version!;
}

/** The case after its first n events, folded by its case type's decider; CASE_UNREADABLE when one of them cannot be read (read() found it). */
export function foldTo(replayed: ReplayedCase, n: number): CaseAt {
  const { kind, caseId, streamId, events, unreadableAt } = replayed;
  if (unreadableAt !== undefined && unreadableAt <= n) throw new CaseUnreadableError(streamId, unreadableAt);
  const taken = events.slice(0, n);
  const base = { kind, caseId, version: n, versions: events.length, recordedAt: taken.at(-1)?.recordedAt ?? null };
  return kind === 'DEBT'
    ? { ...base, debtCase: foldDebtCaseDetail(debtEventsIn(taken).map(({ event }) => event)) ?? null, complaint: null }
    : { ...base, debtCase: null, complaint: foldComplaintDetail(taken.map((e) => ({ type: e.type, data: e.data }) as ComplaintEvent)) ?? null };
}
