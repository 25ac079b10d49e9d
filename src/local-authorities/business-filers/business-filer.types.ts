import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput } from '../../graphql/command-input.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import { personalData } from '../../identity/read-log/personal-data-reads.js';

/** A read of an authorised filer's citizen id or name is logged against the business (PDPA: who read it). */
const FILER = [personalData<{ businessNo: number }>('business', (f) => String(f.businessNo))];

@ObjectType('BusinessAuthorisedFiler', {
  description: 'ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล: a citizen the juristic person owning the business authorised to file its returns online, active or revoked',
})
export class BusinessAuthorisedFilerObject {
  @Field(() => Int) businessNo!: number;
  @Field(() => Int, { description: 'The authorisation\'s number on the business, 1, 2, … in order' }) filerNo!: number;
  @Field({ description: '13-digit citizen id, as D.DOPA proves it at sign-in', middleware: FILER }) citizenId!: string;
  @Field({ middleware: FILER }) name!: string;
  @Field({ description: 'e.g. กรรมการผู้มีอำนาจ, ผู้รับมอบอำนาจ: their filings\' position unless they give another' }) role!: string;
  @Field({ description: 'The authorising document (หนังสือมอบอำนาจ …): its reference' }) evidenceReference!: string;
  @Field(() => LocalDate, { description: 'The document\'s date' }) evidenceDate!: string;
  @Field({ description: 'The document\'s date in Thai, Buddhist Era' }) evidenceDateTh!: string;
  @Field({ description: 'False once revoked' }) active!: boolean;
  @Field() authorisedAt!: Date;
  @Field({ description: 'When it was recorded, Asia/Bangkok, Buddhist Era' }) authorisedAtTh!: string;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revokedAtTh!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was revoked' }) revokeReason!: string | null;
  /** `account:<id>` and the office it acted for: authorisedBy and revokedBy name them. */
  authorisedActor!: { actor: string; office: string | null };
  revokedActor!: { actor: string; office: string | null } | null;
}

@InputType({ description: 'Records that a citizen may file online for a juristic person\'s business (the PAO\'s own staff); Thai digits accepted' })
export class AuthoriseBusinessFilerInput extends CommandInput {
  @Field(() => Int, { description: 'The business\'s registration number; its owner must be a juristic person' }) businessNo!: number;
  @Field({ description: '13 digits, the check digit verified; dashes and Thai digits accepted' }) citizenId!: string;
  @Field({ description: 'Title and full name, at most 200 characters' }) name!: string;
  @Field({ description: 'e.g. กรรมการผู้มีอำนาจ or ผู้รับมอบอำนาจ, at most 100 characters' }) role!: string;
  @Field({ description: 'The authorising document\'s reference (หนังสือมอบอำนาจ เลขที่ …), at most 200 characters' }) evidenceReference!: string;
  @Field({ description: 'The document\'s date: D/M/YYYY or YYYY-MM-DD, B.E. or C.E., not after today' }) evidenceDate!: string;
}

@InputType({ description: 'Ends an active authorisation, with the reason (the PAO\'s own staff)' })
export class RevokeBusinessFilerInput extends CommandInput {
  @Field(() => Int) businessNo!: number;
  @Field(() => Int, { description: 'The authorisation\'s number on the business' }) filerNo!: number;
  @Field({ description: 'Why, at most 500 characters' }) reason!: string;
}
