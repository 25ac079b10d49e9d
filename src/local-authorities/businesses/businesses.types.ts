import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '../../graphql/connection.types.js';
import { enumType } from '../../graphql/enum-type.js';
import { personalData } from '../../identity/read-log/personal-data-reads.js';
import type { ReturnKind } from '../monthly-returns/monthly-return.events.js';
import type { OwnerKind } from './business.decider.js';

export const LevyKindEnum = enumType<ReturnKind>('LevyKind', 'A monthly PAO levy a business files for', {
  HOTEL: 'ค่าธรรมเนียมบำรุง อบจ. จากผู้พักในโรงแรม — hotel guest fee',
  FUEL: 'ภาษีบำรุง อบจ. จากการค้าน้ำมัน — fuel tax',
  TOBACCO: 'ภาษีบำรุง อบจ. จากการค้ายาสูบ — tobacco tax',
});

export const BusinessOwnerKindEnum = enumType<OwnerKind>('BusinessOwnerKind', 'Who owns a business', {
  CITIZEN: 'บุคคลธรรมดา — a natural person, by 13-digit citizen id',
  JURISTIC: 'นิติบุคคล — a juristic person, by 13-digit registration number',
});

/** A read of the owner's id or name is logged against the business (PDPA: who read it). */
const OWNER = [personalData<{ businessNo: number }>('business', (b) => String(b.businessNo))];

@ObjectType('Business', { description: 'สถานประกอบการ: a business registered with a PAO for its monthly levies' })
export class BusinessObject {
  @Field(() => Int, { description: 'Registration number, carried in the bills\' Ref2' }) businessNo!: number;
  @Field() authorityCode!: string;
  @Field() nameTh!: string;
  @Field(() => [LevyKindEnum]) kinds!: ReturnKind[];
  @Field() addressLine!: string;
  @Field({ description: '6-digit subdistrict code' }) subdistrictCode!: string;
  @Field({ description: 'Subdistrict, district and province in Thai' }) placeTh!: string;
  @Field() districtCode!: string;
  @Field() provinceCode!: string;
  @Field(() => BusinessOwnerKindEnum) ownerKind!: OwnerKind;
  @Field({ description: '13-digit citizen id or juristic registration number', middleware: OWNER }) ownerIdNumber!: string;
  @Field({ middleware: OWNER }) ownerName!: string;
}

export const BusinessConnection = connectionOf(BusinessObject, 'Business', 'An authority\'s businesses, by registration number');

@InputType({ description: 'A business to register with a PAO; codes and ids in Thai or Arabic digits' })
export class RegisterBusinessInput {
  @Field({ description: 'The PAO\'s 7-digit code' }) authorityCode!: string;
  @Field({ description: 'Thai name of the business, at most 200 characters' }) nameTh!: string;
  @Field(() => [LevyKindEnum], { description: 'One or more of hotel, fuel, tobacco' }) kinds!: ReturnKind[];
  @Field({ description: 'House number, road, at most 300 characters' }) addressLine!: string;
  @Field({ description: '6-digit subdistrict code, in the PAO\'s province' }) subdistrictCode!: string;
  @Field(() => BusinessOwnerKindEnum) ownerKind!: OwnerKind;
  @Field({ description: '13 digits; the check digit is verified; Thai digits and dashes accepted' }) ownerIdNumber!: string;
  @Field({ description: 'The owner\'s name, at most 200 characters' }) ownerName!: string;
}
