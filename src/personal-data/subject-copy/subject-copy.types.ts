import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../graphql/enum-type.js';
import { PersonalDataRecordTypeEnum } from '../../identity/identity.enums.js';
import { PersonalDataReadObject } from '../../identity/read-log/personal-data-reads.resolver.js';
import type { RecordType } from '../../identity/read-log/personal-data-reads.js';
import { LevyKindEnum } from '../../local-authorities/businesses/businesses.types.js';
import type { ReturnKind } from '../../local-authorities/monthly-returns/monthly-return.events.js';
import type { SubjectRole } from './subject-copy.js';

export const SubjectRoleEnum = enumType<SubjectRole>('SubjectRole', 'How the data subject appears in a record', {
  DEBTOR: 'ลูกหนี้ — the debtor of an informal-debt case',
  CREDITOR: 'เจ้าหนี้ — a creditor of an informal-debt case',
  COMPLAINANT: 'ผู้ร้องเรียน — the complainant of a complaint',
  PERMIT_APPLICANT: 'ผู้ขออนุญาต — the applicant of a leaflet permit',
  AUTHORISED_FILER: 'ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล — a citizen a juristic person authorised to file for its business',
  RETURN_OWNER: 'เจ้าของสถานประกอบการผู้ยื่นแบบ — the natural person owning the business a monthly return is filed for',
  RETURN_FILER: 'ผู้ยื่นแบบออนไลน์ — the citizen who signed a version of a monthly return online',
  STAFF_MEMBER: 'เจ้าหน้าที่ — the holder of a staff account',
});

@InputType({ description: "A data subject's request for a copy of their data (PDPA section 30)" })
export class SubjectDataCopyInput {
  @Field({ description: 'The data subject\'s citizen id: 13 digits, Thai digits, dashes and spaces accepted' }) citizenId!: string;
  @Field({ description: 'The basis: the reference of their request (e.g. the letter\'s number), up to 100 characters' })
  requestReference!: string;
}

@ObjectType({ description: 'One event of a record, its data as the log holds it (upcast to its current schema)' })
export class SubjectEvent {
  @Field(() => ID) eventId!: string;
  @Field(() => Int) version!: number;
  @Field({ description: 'Event type as stored, e.g. DebtorRegistered' }) type!: string;
  @Field({ description: 'The event in Thai as the case histories name it, e.g. ลงทะเบียนลูกหนี้นอกระบบ' }) typeLabelTh!: string;
  @Field() recordedAt!: Date;
  @Field({ description: 'Bangkok date and time, Buddhist Era' }) recordedAtTh!: string;
  @Field(() => ID, { description: 'Who did it' }) actor!: string;
  @Field(() => String, { nullable: true }) actorOffice!: string | null;
  @Field({ description: 'The event data as JSON' }) data!: string;
}

@ObjectType({ description: 'A record about the data subject, with its whole history' })
export class SubjectRecord {
  @Field(() => PersonalDataRecordTypeEnum) recordType!: RecordType;
  @Field(() => ID) recordId!: string;
  @Field(() => ID) streamId!: string;
  @Field(() => [SubjectRoleEnum]) roles!: SubjectRole[];
  @Field(() => [SubjectEvent]) events!: SubjectEvent[];
}

@ObjectType({ description: 'A business registered with a PAO that the data subject owns' })
export class SubjectBusiness {
  @Field(() => Int) businessNo!: number;
  @Field() authorityCode!: string;
  @Field() nameTh!: string;
  @Field(() => [LevyKindEnum]) kinds!: ReturnKind[];
  @Field() addressLine!: string;
  @Field() registeredAt!: Date;
}

@ObjectType({ description: "The data subject's copy: every record about the citizen id, their histories, and who read them" })
export class SubjectDataCopy {
  @Field(() => ID, { description: 'The request, as recorded; downloads: /personal-data/subject-copy/<requestId>.(pdf|json)' })
  requestId!: string;
  @Field() requestedAt!: Date;
  @Field({ description: 'Bangkok date and time, Buddhist Era' }) requestedAtTh!: string;
  @Field({ description: 'The citizen id masked: xxxxxxxxx1234' }) subjectMasked!: string;
  @Field() requestReference!: string;
  @Field(() => [SubjectRecord]) records!: SubjectRecord[];
  @Field(() => [SubjectBusiness]) businesses!: SubjectBusiness[];
  @Field(() => [PersonalDataReadObject], { description: 'The read log about these records, oldest first' }) reads!: PersonalDataReadObject[];
  @Field({ description: 'Where to download the copy as PDF (for 30 minutes, by its requester)' }) pdfPath!: string;
  @Field({ description: 'Where to download the copy as JSON' }) jsonPath!: string;
}
