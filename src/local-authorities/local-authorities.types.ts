import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '../graphql/connection.types.js';
import { enumType } from '../graphql/enum-type.js';
import { LocalDate } from '../graphql/local-date.scalar.js';
import type { AuthorityKind, MunicipalityClass } from './local-authority.decider.js';

export const LocalAuthorityKindEnum = enumType<AuthorityKind>('LocalAuthorityKind', 'The kind of a local administrative organisation', {
  PAO: 'องค์การบริหารส่วนจังหวัด (อบจ.) — provincial administrative organisation',
  MUNICIPALITY: 'เทศบาล — municipality',
  SAO: 'องค์การบริหารส่วนตำบล (อบต.) — subdistrict administrative organisation',
  PATTAYA: 'เมืองพัทยา — Pattaya City',
});

export const MunicipalityClassEnum = enumType<MunicipalityClass>('MunicipalityClass', 'The class of a municipality', {
  CITY: 'เทศบาลนคร — city municipality',
  TOWN: 'เทศบาลเมือง — town municipality',
  SUBDISTRICT: 'เทศบาลตำบล — subdistrict municipality',
});

@ObjectType('LocalAuthority', { description: 'องค์กรปกครองส่วนท้องถิ่น (อปท.): a local administrative organisation' })
export class LocalAuthorityObject {
  @Field({ description: "The DLA's 7-digit code of the authority" }) code!: string;
  @Field({ description: 'Thai name, e.g. องค์การบริหารส่วนจังหวัดชลบุรี' }) nameTh!: string;
  @Field(() => LocalAuthorityKindEnum) kind!: AuthorityKind;
  @Field(() => MunicipalityClassEnum, { nullable: true, description: "A municipality's class; null for other kinds" })
  municipalityClass!: MunicipalityClass | null;
  @Field({ description: '2-digit province code' }) provinceCode!: string;
  @Field({ description: 'The province in Thai' }) provinceNameTh!: string;
  @Field(() => String, { nullable: true, description: '4-digit district code; null for a PAO' }) districtCode!: string | null;
  @Field(() => String, { nullable: true, description: 'The district in Thai; null for a PAO' }) districtNameTh!: string | null;
  @Field({ description: "Krungthai Bank's bill-payment company code (4 to 6 digits)" }) billerCode!: string;
}

export const LocalAuthorityConnection = connectionOf(LocalAuthorityObject, 'LocalAuthority', 'Local administrative organisations, by code');

@ObjectType('FuelRates', { description: 'Fuel tax by fuel kind: exact satang per litre, per kilogram for LPG and NGV; null where none is levied' })
export class FuelRatesObject {
  @Field(() => String, { nullable: true }) petrol!: string | null;
  @Field(() => String, { nullable: true }) diesel!: string | null;
  @Field(() => String, { nullable: true }) lpg!: string | null;
  @Field(() => String, { nullable: true }) ngv!: string | null;
}

@ObjectType('AuthorityTerms', { description: "ข้อบัญญัติ: an authority's ordinance terms from a day on, until a later version takes effect" })
export class AuthorityTermsObject {
  @Field() authorityCode!: string;
  @Field(() => LocalDate, { description: 'The first day these terms are in force' }) effectiveFrom!: string;
  @Field({ description: 'That day in Thai, Buddhist Era' }) effectiveFromTh!: string;
  @Field({ description: 'The ordinance that set them' }) ordinance!: string;
  @Field(() => String, { nullable: true, description: 'Hotel guest fee, exact percent of room rent (PAO only), e.g. "0.50"' })
  hotelFeePercent!: string | null;
  @Field(() => FuelRatesObject, { description: 'Fuel tax (PAO only)' }) fuelRates!: FuelRatesObject;
  @Field(() => String, { nullable: true, description: 'Tobacco tax, exact satang per cigarette or cigar (PAO only), e.g. "9.30"' })
  tobaccoRate!: string | null;
  @Field(() => String, { nullable: true, description: 'Leaflet advertising permit fee in baht, e.g. "200.00" (not a PAO)' })
  leafletPermitFee!: string | null;
  @Field(() => Int, { nullable: true, description: 'Days the authority has to decide on a leaflet permit (not a PAO)' })
  leafletDecisionDays!: number | null;
  @Field(() => Int, { description: 'A monthly filing is due by this day of the next month (a holiday or weekend moves it on)' })
  filingDeadlineDay!: number;
  @Field({ description: 'Late surcharge (เงินเพิ่ม), exact percent of the amount owed per month or part of a month late' })
  surchargePercentPerMonth!: string;
  @Field({ description: 'The most the late surcharge comes to in all, exact percent of the amount owed' })
  surchargeCapPercent!: string;
}

const NUMBER = 'Thai digits accepted';

@InputType({ description: 'A local administrative organisation as a central administrator registers it' })
export class RegisterLocalAuthorityInput {
  @Field({ description: `The DLA's 7-digit code; ${NUMBER}` }) code!: string;
  @Field({ description: 'Thai name' }) nameTh!: string;
  @Field(() => LocalAuthorityKindEnum) kind!: AuthorityKind;
  @Field(() => MunicipalityClassEnum, { nullable: true, description: 'Required for a municipality, absent otherwise' })
  municipalityClass?: MunicipalityClass | null;
  @Field({ description: `2-digit province code; ${NUMBER}` }) provinceCode!: string;
  @Field(() => String, { nullable: true, description: `4-digit district code, in the province; absent for a PAO; ${NUMBER}` })
  districtCode?: string | null;
  @Field({ description: `Krungthai bill-payment company code, 4 to 6 digits; ${NUMBER}` }) billerCode!: string;
}

@InputType({ description: 'A registered authority with its details corrected (its code stays)' })
export class EditLocalAuthorityInput extends RegisterLocalAuthorityInput {}

@InputType({ description: 'Fuel tax rates, exact satang (up to 2 places) per litre, per kilogram for LPG and NGV; blank where none' })
export class FuelRatesInput {
  @Field(() => String, { nullable: true }) petrol?: string | null;
  @Field(() => String, { nullable: true }) diesel?: string | null;
  @Field(() => String, { nullable: true }) lpg?: string | null;
  @Field(() => String, { nullable: true }) ngv?: string | null;
}

@InputType({ description: 'A new version of an authority\'s terms, taking effect after the latest; every number as typed, Thai digits accepted' })
export class EnactAuthorityTermsInput {
  @Field({ description: 'The authority\'s 7-digit code' }) authorityCode!: string;
  @Field({ description: 'YYYY-MM-DD, CE or Buddhist Era year; after the latest version\'s day' }) effectiveFrom!: string;
  @Field({ description: 'The ordinance, e.g. ข้อบัญญัติ อบจ.ชลบุรี เรื่อง ... พ.ศ. 2567' }) ordinance!: string;
  @Field(() => String, { nullable: true, description: 'PAO only: percent of room rent, at most 3' }) hotelFeePercent?: string | null;
  @Field(() => FuelRatesInput, { nullable: true, description: 'PAO only: at most 10 satang each' }) fuelRates?: FuelRatesInput | null;
  @Field(() => String, { nullable: true, description: 'PAO only: satang per cigarette or cigar, at most 10' }) tobaccoRate?: string | null;
  @Field(() => String, { nullable: true, description: 'Not a PAO (required otherwise): baht per permit' }) leafletPermitFee?: string | null;
  @Field(() => String, { nullable: true, description: 'Not a PAO (required otherwise): days to decide, 1 to 365' })
  leafletDecisionDays?: string | null;
  @Field({ description: 'Day of the next month a filing is due, 1 to 28' }) filingDeadlineDay!: string;
  @Field({ description: 'Percent of the amount owed per month or part of a month late, at most 100' }) surchargePercentPerMonth!: string;
  @Field({ description: 'The most the surcharge comes to, percent of the amount owed, at most 100' }) surchargeCapPercent!: string;
}
