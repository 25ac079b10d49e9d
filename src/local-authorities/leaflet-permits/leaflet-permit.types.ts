import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { RecordedEvent } from '../../audit/recorded-event.types.js';
import { CommandInput } from '../../graphql/command-input.js';
import { connectionOf } from '../../graphql/connection.types.js';
import { enumType } from '../../graphql/enum-type.js';
import { POSITION_DESCRIPTION } from '../../graphql/log-position.js';
import { personalData } from '../../identity/read-log/personal-data-reads.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import type { Applicant, LeafletPermitStatus, PermitChannel, PermitPlace } from './leaflet-permit.events.js';

export const LeafletPermitStatusEnum = enumType<LeafletPermitStatus>('LeafletPermitStatus', 'Where a leaflet permit request stands', {
  REQUESTED: 'ยื่นคำขอแล้ว รอตรวจสอบ — requested, awaiting the check',
  CHECKED: 'ตรวจสอบแล้ว รอพิจารณา — checked, awaiting the decision',
  APPROVED: 'อนุญาต รอชำระค่าธรรมเนียม — approved, the fee not yet paid',
  REFUSED: 'ไม่อนุญาต — refused',
  PAID: 'ชำระค่าธรรมเนียมแล้ว รอออกใบอนุญาต — fee paid, the permit not yet issued',
  ISSUED: 'ออกใบอนุญาตแล้ว — permit issued',
});

export const PermitChannelEnum = enumType<PermitChannel>('LeafletPermitChannel', 'How a leaflet permit request reached the authority', {
  PAPER: 'ยื่นที่สำนักงาน เจ้าหน้าที่บันทึก — made at the office, keyed by staff',
  ONLINE: 'ยื่นทางออนไลน์ (D.DOPA) — requested online by the applicant',
});

export const LeafletApplicantKindEnum = enumType<Applicant['kind']>('LeafletApplicantKind', 'Who asks for the permit', {
  PERSON: 'บุคคลธรรมดา — a person (citizen id)',
  JURISTIC: 'นิติบุคคล — a juristic person (registration number)',
});

export const LeafletPlaceKindEnum = enumType<PermitPlace['kind']>('LeafletPlaceKind', 'How a place is given', {
  POINT: 'พิกัด — a point, latitude and longitude',
  SUBDISTRICT: 'ตำบล — a whole subdistrict of the authority\'s district',
});

/** A read of the applicant's name, id or phone is logged against the request's stream (PDPA: who read it). */
const APPLICANT = [personalData<{ permitId: string }>('stream', (p) => `leaflet-${p.permitId}`)];

const DATE = 'D/M/YYYY or YYYY-MM-DD, Buddhist or Common Era; Thai digits accepted';

@ObjectType('LeafletPlace', { description: 'Where leaflets are posted, dropped or handed out' })
export class LeafletPlaceObject {
  @Field(() => LeafletPlaceKindEnum) kind!: PermitPlace['kind'];
  @Field(() => String, { nullable: true, description: 'Latitude, exact decimal as typed (POINT)' }) lat!: string | null;
  @Field(() => String, { nullable: true, description: 'Longitude, exact decimal as typed (POINT)' }) lon!: string | null;
  @Field(() => String, { nullable: true, description: '6-digit subdistrict code (SUBDISTRICT)' }) subdistrictCode!: string | null;
  @Field(() => String, { nullable: true, description: 'The subdistrict in Thai (SUBDISTRICT)' }) subdistrictNameTh!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType('LeafletPermitListItem', { description: 'A leaflet permit request as the list shows it' })
export class LeafletPermitListItem {
  @Field(() => ID, { description: 'e.g. LP-7KQ3-M2XP-AB9C' }) permitId!: string;
  @Field(() => LeafletPermitStatusEnum) status!: LeafletPermitStatus;
  @Field(() => PermitChannelEnum) channel!: PermitChannel;
  @Field() authorityCode!: string;
  @Field() authorityNameTh!: string;
  @Field({ middleware: APPLICANT }) applicantName!: string;
  @Field() advertisement!: string;
  @Field(() => LocalDate, { description: 'First day of the advertising' }) from!: string;
  @Field(() => LocalDate, { description: 'Last day of the advertising' }) to!: string;
  @Field(() => Int) leaflets!: number;
  @Field({ description: 'The permit fee in baht, exact, e.g. "200.00"' }) fee!: string;
  @Field() requestedAt!: Date;
  @Field(() => LocalDate) requestedOn!: string;
  @Field(() => LocalDate, { description: 'The last working day to decide' }) dueOn!: string;
  @Field({ description: 'Not decided and past its due day (Asia/Bangkok today)' }) overdue!: boolean;
  @Field(() => LocalDate, { nullable: true }) decidedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'เลขที่ใบเสร็จ, e.g. 12/2569' }) receiptNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'เลขที่ใบอนุญาต, e.g. 3/2569' }) permitNumber!: string | null;
}

export const LeafletPermitConnection = connectionOf(LeafletPermitListItem, 'LeafletPermit', 'Leaflet permit requests, newest first');

@ObjectType('LeafletPermit', { description: 'การโฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ: a leaflet permit request, whole, with its history' })
export class LeafletPermitObject extends LeafletPermitListItem {
  @Field(() => LeafletApplicantKindEnum) applicantKind!: Applicant['kind'];
  @Field({ description: 'Citizen id or juristic registration number, 13 digits', middleware: APPLICANT }) applicantIdNumber!: string;
  @Field({ middleware: APPLICANT }) applicantPhone!: string;
  @Field(() => [LeafletPlaceObject]) places!: LeafletPlaceObject[];
  @Field(() => LocalDate, { description: 'The ordinance terms the fee and the days to decide came from' }) termsEffectiveFrom!: string;
  @Field(() => Int, { description: 'Working days the authority has to decide' }) decisionDays!: number;
  @Field(() => String, { nullable: true }) checkNote!: string | null;
  @Field(() => [String], { description: 'เงื่อนไข: the conditions of an approval' }) conditions!: string[];
  @Field(() => [String], { description: 'เหตุผล: the reasons of a refusal' }) reasons!: string[];
  @Field(() => LocalDate, { nullable: true }) paidOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) issuedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the issued permit\'s PDF is downloaded (GET with the session token)' })
  pdfPath!: string | null;
  @Field(() => Int, { description: 'Events in the permit\'s stream' }) version!: number;
}

@ObjectType('LeafletPermitWithHistory', { description: 'A leaflet permit and every event of its stream, oldest first' })
export class LeafletPermitWithHistory {
  @Field(() => LeafletPermitObject) permit!: LeafletPermitObject;
  @Field(() => [RecordedEvent]) history!: RecordedEvent[];
}

@ObjectType('LeafletPermitResult', { description: 'The permit after a command, and the version of its stream' })
export class LeafletPermitResult {
  @Field(() => ID) permitId!: string;
  @Field(() => Int) version!: number;
  @Field({ description: 'True when this commandId had been handled before: nothing new was stored' }) alreadyHandled!: boolean;
  @Field(() => [String], { description: 'Types of the events the command recorded' }) eventTypes!: string[];
  @Field({ description: POSITION_DESCRIPTION }) position!: string;
  @Field(() => LeafletPermitObject) permit!: LeafletPermitObject;
}

@InputType('LeafletApplicantInput')
export class LeafletApplicantInput {
  @Field(() => LeafletApplicantKindEnum) kind!: Applicant['kind'];
  @Field({ description: 'Name of the person or juristic person' }) name!: string;
  @Field({ description: '13 digits, check digit verified: citizen id (PERSON) or registration number (JURISTIC); Thai digits accepted' })
  idNumber!: string;
  @Field({ description: 'Thai phone number; Thai digits accepted' }) phone!: string;
}

@InputType('LeafletPlaceInput', { description: 'A point (lat and lon) or a subdistrict code, one of the two' })
export class LeafletPlaceInput {
  @Field(() => String, { nullable: true, description: 'Latitude in Thailand, up to 7 decimals; Thai digits accepted' }) lat?: string | null;
  @Field(() => String, { nullable: true, description: 'Longitude in Thailand, up to 7 decimals; Thai digits accepted' }) lon?: string | null;
  @Field(() => String, { nullable: true, description: '6-digit subdistrict code in the authority\'s district' }) subdistrictCode?: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. ตลาดสดเทศบาล' }) description?: string | null;
}

@InputType('RequestLeafletPermitInput', { description: 'ขออนุญาตโฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ' })
export class RequestLeafletPermitInput extends CommandInput {
  @Field({ description: "The authority's 7-digit code (a municipality, SAO or Pattaya City); Thai digits accepted" }) authorityCode!: string;
  @Field(() => LeafletApplicantInput) applicant!: LeafletApplicantInput;
  @Field({ description: 'What is advertised' }) advertisement!: string;
  @Field(() => [LeafletPlaceInput], { description: '1 to 20 places' }) places!: LeafletPlaceInput[];
  @Field({ description: `First day of the advertising, ${DATE}` }) from!: string;
  @Field({ description: `Last day of the advertising, ${DATE}` }) to!: string;
  @Field({ description: 'Number of leaflets, 1 to 1,000,000; Thai digits accepted' }) leaflets!: string;
}

@InputType({ isAbstract: true })
export abstract class LeafletPermitCommandInput extends CommandInput {
  @Field(() => ID, { description: 'e.g. LP-7KQ3-M2XP-AB9C' }) permitId!: string;
}

@InputType('CheckLeafletPermitInput', { description: 'ตรวจสอบคำขอ: staff have checked the request and its documents' })
export class CheckLeafletPermitInput extends LeafletPermitCommandInput {
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('ApproveLeafletPermitInput', { description: 'อนุญาต, with the conditions the permit will state' })
export class ApproveLeafletPermitInput extends LeafletPermitCommandInput {
  @Field(() => [String], { description: '0 to 20 conditions' }) conditions!: string[];
}

@InputType('RefuseLeafletPermitInput', { description: 'ไม่อนุญาต, with the reasons' })
export class RefuseLeafletPermitInput extends LeafletPermitCommandInput {
  @Field(() => [String], { description: '1 to 20 reasons' }) reasons!: string[];
}

@InputType('RecordLeafletFeePaidInput', { description: 'The fee paid at the authority\'s counter; a receipt number is taken' })
export class RecordLeafletFeePaidInput extends LeafletPermitCommandInput {
  @Field({ description: 'Baht paid: exactly the fee; Thai digits accepted' }) amount!: string;
  @Field({ description: `The day paid, ${DATE}` }) paidOn!: string;
}

@InputType('IssueLeafletPermitInput', { description: 'ออกใบอนุญาต: a permit number is taken' })
export class IssueLeafletPermitInput extends LeafletPermitCommandInput {}

@InputType('LeafletPermitFilter', { description: 'All given conditions must hold' })
export class LeafletPermitFilter {
  @Field(() => String, { nullable: true, description: "The authority's 7-digit code; Thai digits accepted" }) authorityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'District code (4 digits)' }) district?: string | null;
  @Field(() => String, { nullable: true, description: 'Province code (2 digits)' }) province?: string | null;
  @Field(() => LeafletPermitStatusEnum, { nullable: true }) status?: LeafletPermitStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'Only requests not decided by their due day (Asia/Bangkok today)' }) overdue?: boolean | null;
}
