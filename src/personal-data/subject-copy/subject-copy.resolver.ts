import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { isCentralAdministrator } from '../../identity/scope/area-scope.js';
import { CurrentStaff, Requires } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { SubjectCopies } from './subject-copies.js';
import type { SubjectCopy } from './subject-copy.js';
import { SubjectDataCopy, SubjectDataCopyInput } from './subject-copy.types.js';

export const DOWNLOAD_PATH = '/personal-data/subject-copy';

/** The copy as the API answers it: events' data as JSON text, the download paths. */
function answerOf(copy: SubjectCopy): SubjectDataCopy {
  return {
    ...copy,
    requestedAt: new Date(copy.requestedAt),
    records: copy.records.map((r) => ({ ...r, events: r.events.map((e) => ({ ...e, recordedAt: new Date(e.recordedAt), data: JSON.stringify(e.data) })) })),
    businesses: copy.businesses.map((b) => ({ ...b, kinds: b.kinds as SubjectDataCopy['businesses'][number]['kinds'], registeredAt: new Date(b.registeredAt) })),
    reads: copy.reads.map((r) => ({ ...r, readAt: new Date(r.readAt) })),
    pdfPath: `${DOWNLOAD_PATH}/${copy.requestId}.pdf`,
    jsonPath: `${DOWNLOAD_PATH}/${copy.requestId}.json`,
  };
}

/** The data subject's copy (PDPA section 30), produced by a central administrator; producing it is recorded. */
@Resolver(() => SubjectDataCopy)
export class SubjectCopyResolver {
  constructor(@Inject(SubjectCopies) private readonly copies: SubjectCopies) {}

  @Requires(isCentralAdministrator)
  @Mutation(() => SubjectDataCopy, {
    description: "A data subject's copy (PDPA section 30): every record naming the citizen id, its events, and the read log about it; "
      + 'recorded with the requester and the request\'s reference (central administrators)',
  })
  async subjectDataCopy(@CurrentStaff() staff: SignedInStaff, @Args('input') input: SubjectDataCopyInput): Promise<SubjectDataCopy> {
    return answerOf(await this.copies.produce(staff, input));
  }
}
