import { Field, ID, InputType } from '@nestjs/graphql';
import { CommandInput } from '../../graphql/command-input.js';
import { StaffLevelEnum, StaffPositionEnum } from '../identity.enums.js';
import type { StaffPosition } from '../scope/staff-authority.js';
import type { StaffLevel } from '../scope/staff-office.js';

/** The inputs of the account mutations, one each. */

@InputType({ description: 'แบบลงทะเบียนใช้งาน: the registration form; Thai digits accepted, dates in either era' })
export class CreateStaffAccountInput extends CommandInput {
  @Field() citizenId!: string;
  @Field() title!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => StaffPositionEnum) position!: StaffPosition;
  @Field(() => StaffLevelEnum) level!: StaffLevel;
  @Field(() => String, {
    nullable: true, description: 'Subdistrict (6 digits, TAMBON_TEAM), district (4 digits) or province (2 digits); none for CENTRAL and AUDITOR',
  })
  officeCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'District (over its tambon teams), province and central accounts only' })
  administrator?: boolean | null;
  @Field() officePhone!: string;
  @Field(() => String, { nullable: true }) mobilePhone?: string | null;
  @Field(() => String, { nullable: true, description: 'D/M/YYYY (พ.ศ. or ค.ศ.) or YYYY-MM-DD; today when absent' })
  assignedOn?: string | null;
}

/** A command on an existing account: which one, and the client's command id. */
@InputType({ isAbstract: true })
abstract class StaffAccountCommandInput extends CommandInput {
  @Field(() => ID, { description: 'The account id' }) accountId!: string;
}

@InputType({ description: 'ระงับการใช้งาน: why the account is suspended' })
export class SuspendStaffAccountInput extends StaffAccountCommandInput {
  @Field() reason!: string;
}

@InputType({ description: 'The suspended account that may sign in again' })
export class ReinstateStaffAccountInput extends StaffAccountCommandInput {}

@InputType({ description: 'ย้าย: the account\'s new level and office' })
export class ChangeStaffAccountOfficeInput extends StaffAccountCommandInput {
  @Field(() => StaffLevelEnum) level!: StaffLevel;
  @Field(() => String, {
    nullable: true, description: 'Subdistrict (6 digits, TAMBON_TEAM), district (4 digits) or province (2 digits); none for CENTRAL and AUDITOR',
  })
  officeCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'District (over its tambon teams), province and central accounts only' })
  administrator?: boolean | null;
}

@InputType({ description: 'The account whose password is reset' })
export class ResetStaffAccountPasswordInput {
  @Field(() => ID, { description: 'The account id' }) accountId!: string;
}
