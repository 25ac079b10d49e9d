import { Module } from '@nestjs/common';
import { ComplaintModule } from '../cases/complaint/complaint.module.js';
import { EVENT_STORE, type EventStore } from '../eventstore/event-store.port.js';
import { HISTORY_READER, type HistoryReader } from '../eventstore/history-reader.js';
import { CaseHistoryController } from './export/case-history.controller.js';
import { FrozenReportsResolver } from './frozen-reports/frozen-reports.resolver.js';
import { HistoryActors } from './history-actors.js';
import { ComplaintHistoryEntryFields, RecordedEventFields } from './history-entry.resolver.js';
import { PersonalDataReaderField } from './personal-data-reader.resolver.js';
import { CaseReplayResolver } from './replay/case-replay.resolver.js';
import { DistrictCountsAsOfResolver } from './replay/district-counts-as-of.resolver.js';
import { StreamDescriptions } from './stream-descriptions.js';
import { StreamHistoryResolver } from './stream-history.resolver.js';

/**
 * History entries as a person reads them: who acted (account streams folded as of the event, read as the owner),
 * what the event is called, and the fields it changed (the case's stream, read in the reader's scope); who read
 * personal data, named the same way; frozen reports and month ends checked against the log. Replay: a case as of a
 * moment, its timeline, a district's counts from the log, and the export of a case's history (PDF, JSON).
 */
@Module({
  imports: [ComplaintModule],
  controllers: [CaseHistoryController],
  providers: [
    { provide: HistoryActors, inject: [EVENT_STORE], useFactory: (store: EventStore) => new HistoryActors(store) },
    { provide: StreamDescriptions, inject: [HISTORY_READER], useFactory: (reader: HistoryReader) => new StreamDescriptions(reader) },
    RecordedEventFields,
    ComplaintHistoryEntryFields,
    PersonalDataReaderField,
    FrozenReportsResolver,
    StreamHistoryResolver,
    CaseReplayResolver,
    DistrictCountsAsOfResolver,
  ],
})
export class AuditModule {}
