import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AccountStatus } from './account-state.js';
import { personalData } from './personal-data-reads.js';
import { mayCertify, mayWorkCases, positionNameTh, STAFF_POSITIONS, type StaffPosition } from './staff-authority.js';
import type { AccountRow } from './staff-accounts.store.js';
import { officeKey, officeNameTh, STAFF_LEVELS, type StaffLevel } from './staff-office.js';

/** GraphQL shapes of staff accounts: the registration form in, the account as it stands out. */
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const StaffLevelEnum = enumOf(STAFF_LEVELS);
export const StaffPositionEnum = enumOf(STAFF_POSITIONS);
export const StaffAccountStatusEnum = enumOf<AccountStatus>(['ACTIVE', 'SUSPENDED']);

registerEnumType(StaffLevelEnum, { name: 'StaffLevel', description: 'ระดับสิทธิการใช้งาน: district, province, the centre, or auditor (read-only)' });
registerEnumType(StaffPositionEnum, {
  name: 'StaffPosition',
  description: 'เจ้าพนักงานปกครอง, ปลัดอำเภอ, นิติกร work cases; CHIEF (นายอำเภอ/ผู้ว่าราชการจังหวัด) certifies and works none',
});
registerEnumType(StaffAccountStatusEnum, { name: 'StaffAccountStatus' });

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
  @Field({ description: 'DISTRICT:1001, PROVINCE:10 or CENTRAL: the office recorded on its events' }) officeKey!: string;
  @Field({ description: '4-digit district code, 2-digit province code, or CENTRAL' }) officeCode!: string;
  @Field() officeNameTh!: string;
  @Field({ description: 'ผู้ดูแลระบบ: registers and manages the accounts of the level below' }) administrator!: boolean;
  @Field({ middleware: PERSONAL }) officePhone!: string;
  @Field(() => String, { nullable: true, middleware: PERSONAL }) mobilePhone!: string | null;
  @Field({ description: 'วันที่ได้รับมอบหมายเป็นผู้มีสิทธิใช้งาน, YYYY-MM-DD' }) assignedOn!: string;
  @Field(() => StaffAccountStatusEnum) status!: AccountStatus;
  @Field({ description: 'One of the three case-working positions, not an auditor' }) mayWorkCases!: boolean;
  @Field({ description: "The office's chief: certifies reports and the responsible reporters" }) mayCertify!: boolean;
}

export const toAccountObject = (a: Omit<AccountRow, 'version'>): StaffAccountObject => ({
  id: a.accountId, citizenId: a.citizenId, title: a.title, firstName: a.firstName, lastName: a.lastName, position: a.position,
  positionTh: positionNameTh(a.position, a.office), level: a.level, officeKey: officeKey(a.office), officeCode: a.office.code,
  officeNameTh: officeNameTh(a.office), administrator: a.administrator, officePhone: a.officePhone, mobilePhone: a.mobilePhone,
  assignedOn: a.assignedOn, status: a.status, mayWorkCases: mayWorkCases(a), mayCertify: mayCertify(a),
});

@InputType({ description: 'แบบลงทะเบียนใช้งาน: the registration form; Thai digits accepted, dates in either era' })
export class StaffAccountInput {
  @Field() citizenId!: string;
  @Field() title!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => StaffPositionEnum) position!: StaffPosition;
  @Field(() => StaffLevelEnum) level!: StaffLevel;
  @Field(() => String, { nullable: true, description: 'District (4 digits) or province (2 digits); none for CENTRAL and AUDITOR' })
  officeCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Province and central accounts only' }) administrator?: boolean | null;
  @Field() officePhone!: string;
  @Field(() => String, { nullable: true }) mobilePhone?: string | null;
  @Field(() => String, { nullable: true, description: 'D/M/YYYY (พ.ศ. or ค.ศ.) or YYYY-MM-DD; today when absent' })
  assignedOn?: string | null;
}

@ObjectType('IssuedStaffAccount', { description: 'An account with the one-time password its holder signs in with first' })
export class IssuedStaffAccountObject {
  @Field(() => StaffAccountObject) account!: StaffAccountObject;
  @Field(() => String, {
    nullable: true,
    description: 'Shown this once and stored nowhere in clear; null when a retried request finds the account made before',
  })
  oneTimePassword!: string | null;
}
