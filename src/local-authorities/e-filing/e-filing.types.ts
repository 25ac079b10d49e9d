import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../graphql/enum-type.js';
import { LevyKindEnum } from '../businesses/businesses.types.js';
import type { ReturnKind } from '../monthly-returns/monthly-return.events.js';
import { ReturnFiguresInput } from '../monthly-returns/monthly-return.types.js';
import type { FilesAs } from './filer-sender.js';

export const FilesAsEnum = enumType<FilesAs>('FilerFilesAs', 'How the signed-in filer files for a business', {
  OWNER: 'เจ้าของ — they own it as a natural person',
  AUTHORISED_FILER: 'ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล — the juristic person owning it authorised them, and its PAO recorded it',
});

@ObjectType('FilerBusiness', { description: 'สถานประกอบการของฉัน: a business the signed-in filer owns or files for, as its PAO registered it' })
export class FilerBusinessObject {
  @Field(() => Int, { description: "Registration number, carried in the bills' Ref2" }) businessNo!: number;
  @Field() nameTh!: string;
  @Field() authorityCode!: string;
  @Field({ description: 'The PAO it files with, in Thai' }) authorityNameTh!: string;
  @Field(() => [LevyKindEnum], { description: 'The levies it files monthly' }) kinds!: ReturnKind[];
  @Field() addressLine!: string;
  @Field({ description: 'Subdistrict, district and province in Thai' }) placeTh!: string;
  @Field(() => FilesAsEnum, { description: 'As its owner, or as the authorised filer of the juristic person owning it' }) filesAs!: FilesAs;
  @Field(() => String, { nullable: true, description: 'The role the juristic person authorised them in (their filings\' position unless they type one); null for an owner' })
  authorisedRole!: string | null;
  @Field(() => String, { nullable: true, description: 'The juristic person they file for; null for an owner' }) ownerName!: string | null;
}

const SIGNER = 'The filing records the name D.DOPA gave as who filed';

@InputType({ description: `A monthly return the signed-in filer files online for a business they own. ${SIGNER}` })
export class FileReturnOnlineInput {
  @Field(() => String, { nullable: true, description: "The client's id of this command: a retry with it stores nothing new" }) commandId?: string | null;
  @Field(() => Int, { description: "The business's registration number" }) businessNo!: number;
  @Field(() => LevyKindEnum) kind!: ReturnKind;
  @Field({ description: 'The month: YYYY-MM, CE or Buddhist Era year; Thai digits accepted' }) period!: string;
  @Field(() => ReturnFiguresInput) figures!: ReturnFiguresInput;
  @Field(() => String, {
    nullable: true, description: "The filer's position in the business, at most 200 characters; an authorised filer's role when none is given",
  }) position?: string | null;
}

@InputType({ description: `An amended return the signed-in filer files online: new figures, assessed on the difference. ${SIGNER}` })
export class AmendReturnOnlineInput {
  @Field(() => String, { nullable: true }) commandId?: string | null;
  @Field(() => ID) returnId!: string;
  @Field(() => ReturnFiguresInput) figures!: ReturnFiguresInput;
  @Field(() => String, { nullable: true, description: "At most 200 characters; an authorised filer's role when none is given" }) position?: string | null;
  @Field({ description: 'Why the figures change, at most 500 characters' }) reason!: string;
}
