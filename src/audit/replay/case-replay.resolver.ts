import { Inject } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { toDetailObject as complaintObject } from '../../cases/complaint/detail/complaint-detail.view.js';
import { ComplaintDocumentStore } from '../../cases/complaint/documents/complaint-document-store.js';
import { toDetailObject as debtObject } from '../../cases/debt/detail/debt-detail.view.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { HISTORY_READER, type HistoryReader } from '../../eventstore/history-reader.js';
import { accountStreamId } from '../../identity/accounts/account.events.js';
import { overseesAll } from '../../identity/scope/area-scope.js';
import { CurrentStaff, Requires } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { auditErrors } from '../audit-errors.js';
import { RecordedEvent, toRecordedEvent } from '../recorded-event.types.js';
import { CaseAsOfObject } from './case-as-of.types.js';
import { CaseReplay, type CaseAt } from './case-replay.js';

/**
 * Replay for auditors and whoever may read a case now (its area): the case as it stood at an instant or a version,
 * and its timeline (each event with who acted as they stood then, the ids, the fields it changed: RecordedEventFields);
 * a staff account's own timeline for the centre and auditors. Personal fields read are logged as the case detail's are.
 */
@Resolver()
export class CaseReplayResolver {
  private readonly replay: CaseReplay;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(HISTORY_READER) private readonly reader: HistoryReader,
    @Inject(ComplaintDocumentStore) private readonly documents: ComplaintDocumentStore,
  ) {
    this.replay = new CaseReplay(store);
  }

  @Query(() => CaseAsOfObject, {
    nullable: true,
    description: 'A debt case or complaint of your area as it stood at an instant (every event recorded then or before) '
      + 'or after a number of its events (give one of asOf and version); REPLAY_POINT_REQUIRED, REPLAY_VERSION_OUT_OF_RANGE',
  })
  async caseAsOf(
    @CurrentStaff() staff: SignedInStaff,
    @Args('caseId', { type: () => ID, description: 'DEBT-… for a debt case, else a complaint id' }) caseId: string,
    @Args('asOf', { type: () => Date, nullable: true }) asOf?: Date | null,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<CaseAsOfObject> {
    const at = await this.replay.at(staff, caseId, { asOf, version });
    const erased = at.complaint ? await this.documents.erasedOf(at.complaint.state.complaintId, at.complaint.documents) : new Set<string>();
    return toCaseAsOfObject(at, erased);
  }

  @Query(() => [RecordedEvent], {
    nullable: true,
    description: 'Every event of a debt case or complaint of your area, oldest first: who acted with their position and office '
      + 'then, the command and correlation ids, the fields each changed (Thai and English)',
  })
  async caseTimeline(
    @CurrentStaff() staff: SignedInStaff, @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<RecordedEvent[]> {
    return (await this.replay.readWhole(staff, caseId)).events.map(toRecordedEvent);
  }

  @Requires(overseesAll)
  @Query(() => [RecordedEvent], {
    nullable: true,
    description: 'Every event of a staff account\'s stream, oldest first, read as a case timeline (the centre and auditors); STAFF_ACCOUNT_NOT_FOUND',
  })
  async staffAccountTimeline(@Args('accountId', { type: () => ID }) accountId: string): Promise<RecordedEvent[]> {
    const events = await this.reader.readStream(accountStreamId(accountId.trim()));
    if (events.length === 0) throw auditErrors.accountNotFound();
    return events.map(toRecordedEvent);
  }
}

/** The case as of then; a complaint's documents erased since (their bytes) shown as erased. */
export function toCaseAsOfObject(at: CaseAt, erasedDocuments: ReadonlySet<string>): CaseAsOfObject {
  const { debtCase, complaint, ...rest } = at;
  return {
    ...rest,
    debtCase: debtCase && debtObject(debtCase, []),
    complaint: complaint && { ...complaintObject(complaint, erasedDocuments), allowedActions: [], allowedCloseReasons: [] },
  };
}
