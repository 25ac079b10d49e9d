import { Field, ID, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '../../graphql/connection.types.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import { ERASED_MARKER } from '../../personal-data/keys/personal-data-shredder.js';
import type { AccountStatus } from './account-state.js';
import { StaffAccountStatusEnum, StaffLevelEnum, StaffPositionEnum } from '../identity.enums.js';
import { personalData } from '../read-log/personal-data-reads.js';
import { mayCertify, mayWorkCases, positionNameTh, type StaffPosition } from '../scope/staff-authority.js';
import type { AccountRow } from './staff-accounts.store.js';
import { officeKey, officeNameTh, type StaffLevel } from '../scope/staff-office.js';

/** GraphQL shapes of staff accounts as they stand (the mutations' inputs: staff-account-inputs.types.ts). */

/** The holder's citizen id, name and phones: each read is logged. */
const PERSONAL = [personalData<StaffAccountObject>('staff_account', (account) => account.id)];

@ObjectType('StaffAccount', { description: 'A staff account (ผู้มีสิทธิใช้งาน) as it stands now' })
export class StaffAccountObject {
  @Field(() => ID) id!: string;
  @Field({ description: '13 digits: the user name at sign-in', middleware: PERSONAL }) citizenId!: string;
  @Field({ description: 'คำนำหน้านาม', middleware: PERSONAL }) title!: string;
  @Field({ middleware: PERSONAL }) firstName!: string;
  @Field({ middleware: PERSONAL }) lastName!: string;
  @Field(() => StaffPositionEnum) position!: StaffPosition;
  @Field({ description: 'The position in Thai as the form writes it' }) positionTh!: string;
  @Field(() => StaffLevelEnum) level!: StaffLevel;
  @Field({ description: 'DISTRICT:1001, PROVINCE:10, AUTHORITY:1234567 or CENTRAL: the office recorded on its events' }) officeKey!: string;
  @Field({ description: '7-digit local authority, 6-digit subdistrict, 4-digit district or 2-digit province code, or CENTRAL' }) officeCode!: string;
  /** Its office's name from the geography; an authority's from its register (the officeNameTh field, StaffAccountsResolver). */
  officeNameTh!: string;
  @Field({ description: 'ผู้ดูแลระบบ: registers and manages the accounts of the level below' }) administrator!: boolean;
  @Field({ middleware: PERSONAL }) officePhone!: string;
  @Field(() => String, { nullable: true, middleware: PERSONAL }) mobilePhone!: string | null;
  @Field(() => LocalDate, { description: 'วันที่ได้รับมอบหมายเป็นผู้มีสิทธิใช้งาน' }) assignedOn!: string;
  @Field(() => StaffAccountStatusEnum) status!: AccountStatus;
  @Field({ description: "The holder's personal data was erased on request: the name, citizen id and phones read as the erasure marker, and the account takes no command" })
  erased!: boolean;
  @Field({ description: 'One of the three case-working positions, not an auditor' }) mayWorkCases!: boolean;
  @Field({ description: "The office's chief: certifies reports and the responsible reporters" }) mayCertify!: boolean;
}

export const toAccountObject = (a: Omit<AccountRow, 'version'>): StaffAccountObject => ({
  id: a.accountId, citizenId: a.citizenId, title: a.title, firstName: a.firstName, lastName: a.lastName, position: a.position,
  positionTh: positionNameTh(a.position, a.office), level: a.level, officeKey: officeKey(a.office), officeCode: a.office.code,
  officeNameTh: officeNameTh(a.office), administrator: a.administrator, officePhone: a.officePhone, mobilePhone: a.mobilePhone,
  assignedOn: a.assignedOn, status: a.status, erased: a.citizenId === ERASED_MARKER, mayWorkCases: mayWorkCases(a), mayCertify: mayCertify(a),
});

@ObjectType('IssuedStaffAccount', { description: 'An account with the one-time password its holder signs in with first' })
export class IssuedStaffAccountObject {
  @Field(() => StaffAccountObject) account!: StaffAccountObject;
  @Field(() => String, {
    nullable: true,
    description: 'Shown this once and stored nowhere in clear; null when a retried request finds the account made before',
  })
  oneTimePassword!: string | null;
}

export const StaffAccountConnection = connectionOf(StaffAccountObject, 'StaffAccount', 'Accounts of an office, by name');
