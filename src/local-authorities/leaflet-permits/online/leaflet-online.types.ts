import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput } from '../../../graphql/command-input.js';
import { connectionOf } from '../../../graphql/connection.types.js';
import { LocalDate } from '../../../graphql/local-date.scalar.js';
import type { LeafletPermitStatus, PermitChannel } from '../leaflet-permit.events.js';
import { LeafletPermitStatusEnum, LeafletPlaceInput, LeafletPlaceObject, PermitChannelEnum } from '../leaflet-permit.types.js';

const DATE = 'D/M/YYYY or YYYY-MM-DD, Buddhist or Common Era; Thai digits accepted';

@InputType('RequestLeafletPermitOnlineInput', {
  description: 'ขออนุญาตโฆษณาด้วยแผ่นประกาศทางออนไลน์: the signed-in filer asks for themself; the name and citizen id are those D.DOPA verified',
})
export class RequestLeafletPermitOnlineInput extends CommandInput {
  @Field({ description: "The authority's 7-digit code (a municipality, SAO or Pattaya City; a PAO issues none); Thai digits accepted" })
  authorityCode!: string;
  @Field({ description: 'What is advertised' }) advertisement!: string;
  @Field(() => [LeafletPlaceInput], { description: '1 to 20 places' }) places!: LeafletPlaceInput[];
  @Field({ description: `First day of the advertising, ${DATE}` }) from!: string;
  @Field({ description: `Last day of the advertising, ${DATE}` }) to!: string;
  @Field({ description: 'Number of leaflets, 1 to 1,000,000; Thai digits accepted' }) leaflets!: string;
  @Field({ description: "The filer's Thai phone number, for the authority to call; Thai digits accepted" }) phone!: string;
}

@ObjectType('FilerLeafletPermitListItem', { description: "A leaflet permit request of the signed-in filer's, as their list shows it" })
export class FilerLeafletPermitListItem {
  @Field(() => ID, { description: 'e.g. LP-7KQ3-M2XP-AB9C' }) permitId!: string;
  @Field(() => LeafletPermitStatusEnum) status!: LeafletPermitStatus;
  @Field(() => PermitChannelEnum) channel!: PermitChannel;
  @Field() authorityCode!: string;
  @Field() authorityNameTh!: string;
  @Field() advertisement!: string;
  @Field(() => LocalDate) from!: string;
  @Field(() => LocalDate) to!: string;
  @Field(() => Int) leaflets!: number;
  @Field({ description: 'The permit fee in baht, e.g. "200.00"' }) fee!: string;
  @Field(() => LocalDate) requestedOn!: string;
  @Field(() => LocalDate, { description: 'The last working day the authority has to decide' }) dueOn!: string;
  @Field(() => LocalDate, { nullable: true }) decidedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'เลขที่ใบเสร็จ, e.g. 12/2569' }) receiptNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'เลขที่ใบอนุญาต, e.g. 3/2569' }) permitNumber!: string | null;
  @Field(() => String, { nullable: true, description: "Where the filer downloads the issued permit's PDF (their filer session cookie)" })
  pdfPath!: string | null;
}

export const FilerLeafletPermitConnection = connectionOf(FilerLeafletPermitListItem, 'FilerLeafletPermit', "The filer's leaflet permit requests, newest first");

@ObjectType('FilerLeafletPermit', { description: "One of the signed-in filer's leaflet permit requests, whole" })
export class FilerLeafletPermitObject extends FilerLeafletPermitListItem {
  @Field({ description: 'The applicant: the filer, named as D.DOPA named them' }) applicantName!: string;
  @Field({ description: 'The phone they gave' }) phone!: string;
  @Field(() => [LeafletPlaceObject]) places!: LeafletPlaceObject[];
  @Field(() => [String], { description: 'เงื่อนไข: the conditions of an approval' }) conditions!: string[];
  @Field(() => [String], { description: 'เหตุผล: the reasons of a refusal' }) reasons!: string[];
  @Field(() => LocalDate, { nullable: true }) paidOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) issuedOn!: string | null;
}

@ObjectType('LeafletPermitAuthority', { description: 'A municipality, SAO or Pattaya City a filer may ask for a leaflet permit' })
export class LeafletPermitAuthorityObject {
  @Field() code!: string;
  @Field() nameTh!: string;
  @Field({ description: 'Its district and province in Thai' }) placeTh!: string;
}
