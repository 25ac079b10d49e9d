import { Module } from '@nestjs/common';
import { HistoryActors } from '../../audit/history-actors.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { SubjectCopies } from './subject-copies.js';
import { SubjectCopyController } from './subject-copy.controller.js';
import { SubjectCopyRequestsResolver } from './subject-copy-requests.resolver.js';
import { SubjectCopyResolver } from './subject-copy.resolver.js';
import { SubjectEventActorField } from './subject-event-actor.resolver.js';

/**
 * The data subject's copy (PDPA section 30): produced over GraphQL by central administrators, downloaded as PDF or
 * JSON; the record of the copies produced for the centre and auditors.
 */
@Module({
  controllers: [SubjectCopyController],
  providers: [
    { provide: HistoryActors, inject: [EVENT_STORE], useFactory: (store: EventStore) => new HistoryActors(store) },
    SubjectCopies, SubjectCopyResolver, SubjectCopyRequestsResolver, SubjectEventActorField,
  ],
})
export class SubjectCopyModule {}
