import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ComplaintStatusEnum, OfficeLevelEnum } from '../../cases/complaint/vocabulary/complaint.enums.js';
import type { ComplaintStatus } from '../../cases/complaint/complaint.events.js';
import { connectionOf } from '../../graphql/connection.types.js';
import { enumType } from '../../graphql/enum-type.js';
import { personalData } from '../../identity/read-log/personal-data-reads.js';
import type { MatchField } from './search-snippet.js';

export const SearchMatchFieldEnum = enumType<MatchField>('SearchMatchField', 'Where a complaint search found its words', {
  TRACKING_CODE: 'รหัสติดตามเรื่อง — the tracking code, exactly',
  CITIZEN_ID: 'เลขประจำตัวประชาชนผู้ร้อง — the complainant\'s citizen id, exactly',
  SUBJECT: 'เรื่อง — the subject',
  DESCRIPTION: 'รายละเอียด — the description',
  DOCUMENT: 'เอกสารสแกน — the read text of a scanned document',
  NAME: 'ชื่อผู้ร้องหรือผู้ถูกร้อง — the complainant\'s or the accused\'s name',
});

@ObjectType('SearchSnippetPart', { description: 'A piece of a snippet: a searched word (matched) or the text around it' })
export class SearchSnippetPart {
  @Field() text!: string;
  @Field() matched!: boolean;
}

@ObjectType('ComplaintSearchOffice', { description: 'The office handling the complaint now' })
export class ComplaintSearchOffice {
  @Field(() => OfficeLevelEnum) level!: string;
  @Field() code!: string;
  @Field() nameTh!: string;
}

@ObjectType('ComplaintSearchHit', { description: 'A complaint a search found, with its rank and where the words matched' })
export class ComplaintSearchHit {
  @Field(() => ID) complaintId!: string;
  @Field({ description: 'Public follow-up code, XXXX-XXXX-XXX' }) trackingCode!: string;
  @Field(() => ComplaintStatusEnum) status!: ComplaintStatus;
  @Field(() => ComplaintSearchOffice) owningOffice!: ComplaintSearchOffice;
  @Field() receivedAt!: Date;
  @Field({ description: 'วันที่รับเรื่อง in Thai, Buddhist Era, Bangkok time' }) receivedAtTh!: string;
  @Field() subject!: string;
  @Field(() => Int, { description: 'Higher first: 2000 and more for an exact tracking code or citizen id; 500–1000 for every word found, more the more of them are in the subject or names' })
  rank!: number;
  @Field(() => SearchMatchFieldEnum) matchedIn!: MatchField;
  @Field(() => ID, { nullable: true, description: 'For a match in a scanned document: its id (SHA-256)' })
  documentId!: string | null;
  @Field(() => [SearchSnippetPart], {
    description: 'The passage where the words matched, the matched words marked; empty for a match on a name, code or id (a read is logged)',
    middleware: [personalData<ComplaintSearchHit>('complaint', (hit) => hit.complaintId)],
  })
  snippet!: SearchSnippetPart[];
}

export const ComplaintSearchConnection = connectionOf(ComplaintSearchHit, 'ComplaintSearch', 'Complaints a search found, best first, a page at a time');
