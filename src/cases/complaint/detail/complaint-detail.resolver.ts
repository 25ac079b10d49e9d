import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { EVENT_STORE, type EventStore } from '../../../eventstore/event-store.port.js';
import { CurrentStaff } from '../../../identity/sessions/staff-access.decorators.js';
import { mayRecordProgress } from '../../../identity/scope/staff-authority.js';
import { actingTeamOf, readsComplaint } from '../complaint-readers.js';
import type { SignedInStaff } from '../../../identity/sessions/staff-context.js';
import { DomainError } from '../../../shared/domain-error.js';
import { complaintActions, complaintCloseReasons } from '../lifecycle/complaint-actions.js';
import { complaintErrors } from '../complaint-errors.js';
import { ComplaintDocumentStore } from '../documents/complaint-document-store.js';
import { foldComplaintDetail } from './complaint-detail.js';
import { ComplaintDetailObject } from './complaint-detail.types.js';
import { toDetailObject } from './complaint-detail.view.js';
import { actingOfficeOf, complaintStreamId } from '../complaint.command-handlers.js';
import { complaintEventsIn } from '../complaint.events.js';

/**
 * A complaint read back whole, folded from its stream as the command handlers read it. One owned outside the
 * reader's area answers COMPLAINT_NOT_FOUND, as the complaint list does; each personal field read is logged. What
 * the reader may do to it now comes from the decider, for the reader's office (complaint-actions.ts).
 */
@Resolver(() => ComplaintDetailObject)
export class ComplaintDetailResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ComplaintDocumentStore) private readonly documents: ComplaintDocumentStore,
  ) {}

  @Query(() => ComplaintDetailObject, {
    nullable: true,
    description: 'One complaint your area owns, whole: complainant, description, the party complained about, where, '
      + 'assignments, progress, forwards, result and closing',
  })
  async complaintDetail(@CurrentStaff() staff: SignedInStaff, @Args('id', { type: () => ID }) id: string): Promise<ComplaintDetailObject> {
    const trimmed = id.trim();
    const stored = trimmed === '' ? [] : await this.store.readStream(complaintStreamId(trimmed));
    const detail = foldComplaintDetail(complaintEventsIn(stored).map(({ event }) => event));
    const owner = detail?.state.owningOffice;
    if (!detail || !owner || !readsComplaint(staff, detail.state)) {
      const { code, messageTh, messageEn } = complaintErrors.notFound();
      throw new DomainError(code, messageTh, messageEn, 'id');
    }
    const office = actingOfficeOf(staff);
    const team = actingTeamOf(staff);
    const works = mayRecordProgress(staff);
    const erased = await this.documents.erasedOf(detail.state.complaintId, detail.documents);
    return {
      ...toDetailObject(detail, erased),
      allowedActions: works ? complaintActions(detail.state, office, team) : [],
      allowedCloseReasons: works ? complaintCloseReasons(detail.state, office, team) : [],
    };
  }
}
