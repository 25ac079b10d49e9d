import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../graphql/enum-type.js';
import { CommandInput } from '../../graphql/command-input.js';
import type { HeldCaseType } from './legal-hold.events.js';

export const HeldCaseTypeEnum = enumType<HeldCaseType>('HeldCaseType', 'The kind of case a legal hold is placed on', {
  DEBT: 'เรื่องหนี้นอกระบบ — an informal-debt case (debt-<caseId>)',
  COMPLAINT: 'เรื่องร้องเรียน — a complaint (complaint-<complaintId>)',
  LEAFLET_PERMIT: 'คำขออนุญาตแจกใบปลิว — a leaflet permit (leaflet-<permitId>)',
});

@ObjectType('LegalHold', { description: 'การระงับการลบข้อมูลตามคำสั่ง: a hold on a case that stops the erasure of its personal data, active or lifted' })
export class LegalHoldObject {
  @Field(() => ID, { description: 'The case stream held, e.g. debt-…' }) caseStreamId!: string;
  @Field(() => HeldCaseTypeEnum) caseType!: HeldCaseType;
  @Field(() => ID) caseId!: string;
  @Field(() => Int, { description: 'The hold\'s number on the case, 1, 2, … in order' }) holdNo!: number;
  @Field({ description: 'Why the case is held' }) holdReason!: string;
  @Field({ description: 'The court order\'s or letter\'s reference' }) orderReference!: string;
  @Field({ description: 'False once lifted' }) active!: boolean;
  @Field() placedAt!: Date;
  @Field({ description: 'When it was placed, Asia/Bangkok, Buddhist Era' }) placedAtTh!: string;
  @Field(() => Date, { nullable: true }) liftedAt!: Date | null;
  @Field(() => String, { nullable: true }) liftedAtTh!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was lifted' }) liftReason!: string | null;
  /** `account:<id>` and the office it acted for: placedBy and liftedBy name them. */
  placedActor!: { actor: string; office: string | null };
  liftedActor!: { actor: string; office: string | null } | null;
}

@InputType({ description: 'Places a legal hold on a case (central administrators); Thai digits of the case id accepted' })
export class PlaceLegalHoldInput extends CommandInput {
  @Field(() => HeldCaseTypeEnum) caseType!: HeldCaseType;
  @Field(() => ID, { description: 'The case id (debt case id, complaint id or leaflet permit id)' }) caseId!: string;
  @Field({ description: 'Why, at most 500 characters' }) reason!: string;
  @Field({ description: 'The court order\'s or official letter\'s reference, at most 200 characters' }) orderReference!: string;
}

@InputType({ description: 'Lifts the active legal hold of a case, with why (central administrators)' })
export class LiftLegalHoldInput extends CommandInput {
  @Field(() => HeldCaseTypeEnum) caseType!: HeldCaseType;
  @Field(() => ID) caseId!: string;
  @Field({ description: 'Why, at most 500 characters' }) reason!: string;
}
