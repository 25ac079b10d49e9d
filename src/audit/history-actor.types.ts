import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ActorKindEnum } from './audit.enums.js';
import type { HistoryActor } from './history-actors.js';
import { personalData } from '../identity/read-log/personal-data-reads.js';
import { StaffPositionEnum } from '../identity/identity.enums.js';
import type { StaffPosition } from '../identity/scope/staff-authority.js';

/** The holder's name: each read is logged against the account. */
const PERSONAL = [personalData<HistoryActorObject>('staff_account', (actor) => actor.accountId ?? actor.actor)];

@ObjectType('ActorOffice', { description: 'The office an account acted for' })
export class ActorOfficeObject {
  @Field({ description: 'DISTRICT:1001, PROVINCE:10 or CENTRAL' }) key!: string;
  @Field({ description: '4-digit district code, 2-digit province code, or CENTRAL' }) code!: string;
  @Field({ description: 'e.g. อำเภอเมืองมุกดาหาร' }) nameTh!: string;
}

@ObjectType('HistoryActor', { description: 'Who recorded an event: a staff account as it stood at the time, or the system' })
export class HistoryActorObject implements HistoryActor {
  @Field({ description: 'As recorded: account:<id> or system:<name>' }) actor!: string;
  @Field(() => ActorKindEnum) kind!: HistoryActor['kind'];
  @Field(() => ID, { nullable: true }) accountId!: string | null;
  @Field(() => String, { nullable: true, middleware: PERSONAL }) title!: string | null;
  @Field(() => String, { nullable: true, middleware: PERSONAL }) firstName!: string | null;
  @Field(() => String, { nullable: true, middleware: PERSONAL }) lastName!: string | null;
  @Field(() => StaffPositionEnum, { nullable: true }) position!: StaffPosition | null;
  @Field(() => String, { nullable: true, description: 'The position\'s Thai title at that office, e.g. ปลัดอำเภอ, นายอำเภอ' })
  positionTh!: string | null;
  @Field(() => ActorOfficeObject, { nullable: true, description: 'The office it acted for then' }) office!: ActorOfficeObject | null;
  @Field(() => String, { nullable: true, description: 'What acted, for the system' }) systemTh!: string | null;
  @Field(() => String, { nullable: true }) systemEn!: string | null;
}
