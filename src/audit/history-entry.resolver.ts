import { Inject, type Type } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ComplaintHistoryEntry } from '../cases/complaint/complaint.types.js';
import { RecordedEvent } from './recorded-event.types.js';
import { notePersonalRead, recordOfStream } from '../identity/read-log/personal-data-reads.js';
import { FieldChangeObject } from './field-change.types.js';
import { eventLabelOf } from './history-specs.js';
import type { FieldChange } from './field-changes.js';
import { HistoryActorObject } from './history-actor.types.js';
import { HistoryActors } from './history-actors.js';
import { StreamDescriptions } from './stream-descriptions.js';

/** What every history entry knows of its event, whatever query answered it. */
interface EntrySource {
  streamId: string;
  version: number;
  type: string;
  actor: string;
  /** `DISTRICT:1001`, `PROVINCE:10` or `CENTRAL`, as recorded. */
  office: string | null;
  recordedAt: Date;
}

/**
 * The typed fields of a history entry type (debtCaseHistory, streamHistory, complaintHistory): who acted, as
 * they stood then; the event's name in Thai and English; the fields it changed or recorded. A client reads
 * these and never the JSON of `data`. Changes to personal fields are logged against the stream's record.
 */
function historyEntryFields<T>(entry: Type<T>, sourceOf: (parent: T) => EntrySource) {
  @Resolver(() => entry)
  class HistoryEntryFields {
    constructor(
      @Inject(HistoryActors) readonly actors: HistoryActors,
      @Inject(StreamDescriptions) readonly descriptions: StreamDescriptions,
    ) {}

    @ResolveField(() => HistoryActorObject, { description: 'Who recorded it: name, position and office as they were then' })
    actedBy(@Parent() parent: T): Promise<HistoryActorObject> {
      const { actor, office, recordedAt } = sourceOf(parent);
      return this.actors.actorAt(actor, office, recordedAt);
    }

    @ResolveField(() => String, { description: 'The event in Thai, e.g. ส่งต่อข้อมูลไปยังอำเภอ/เขตอื่น' })
    async typeLabelTh(@Parent() parent: T): Promise<string> {
      const source = sourceOf(parent);
      return (await this.descriptions.of(source.streamId, source.version))?.type.th ?? eventLabelOf(source.streamId, source.type)?.th ?? source.type;
    }

    @ResolveField(() => String, { description: 'The event in English, e.g. Case transferred to another district' })
    async typeLabelEn(@Parent() parent: T): Promise<string> {
      const source = sourceOf(parent);
      return (await this.descriptions.of(source.streamId, source.version))?.type.en ?? eventLabelOf(source.streamId, source.type)?.en ?? source.type;
    }

    @ResolveField(() => [FieldChangeObject], { description: 'The fields the event changed, then what it recorded beside them' })
    async changes(@Parent() parent: T): Promise<FieldChange[]> {
      const { streamId, version } = sourceOf(parent);
      const changes = (await this.descriptions.of(streamId, version))?.changes ?? [];
      const personal = changes.flatMap((c) => (c.personalField ? [`changes.${c.personalField}`] : []));
      const { type, id } = recordOfStream(streamId);
      notePersonalRead(type, id, [...new Set(personal)]);
      return changes;
    }
  }
  return HistoryEntryFields;
}

export const RecordedEventFields = historyEntryFields(RecordedEvent, (e) => ({ ...e, office: e.actorOffice ?? null }));

export const ComplaintHistoryEntryFields = historyEntryFields(ComplaintHistoryEntry, (e) => ({
  ...e, office: e.by.level === 'CENTRAL' ? 'CENTRAL' : `${e.by.level}:${e.by.code}`,
}));
