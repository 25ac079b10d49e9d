import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Province', { description: 'จังหวัด: one of the 77 provinces of Thailand, Bangkok included' })
export class ProvinceObject {
  @Field({ description: '2-digit DOPA province code, e.g. "10" for Bangkok' }) code!: string;
  @Field({ description: 'Thai name, e.g. กรุงเทพมหานคร' }) nameTh!: string;
  @Field({ description: 'English name in the official romanisation, e.g. Bangkok' }) nameEn!: string;
}

@ObjectType('District', { description: 'อำเภอ, or เขต (khet) in Bangkok' })
export class DistrictObject {
  @Field({ description: '4-digit DOPA district code; starts with the province code' }) code!: string;
  @Field({ description: '2-digit code of the province it belongs to' }) provinceCode!: string;
  @Field({ description: 'Thai name, without the อำเภอ/เขต prefix' }) nameTh!: string;
  @Field(() => String, { nullable: true, description: 'English name; null where none is on record yet' })
  nameEn!: string | null;
  @Field({ description: 'True for the 50 khet of Bangkok' }) isBangkokKhet!: boolean;
}

@ObjectType('Subdistrict', { description: 'ตำบล, or แขวง (khwaeng) in Bangkok' })
export class SubdistrictObject {
  @Field({ description: '6-digit DOPA subdistrict code; starts with the district code' }) code!: string;
  @Field({ description: '4-digit code of the district it belongs to' }) districtCode!: string;
  @Field({ description: '2-digit code of the province it belongs to' }) provinceCode!: string;
  @Field({ description: 'Thai name, without the ตำบล/แขวง prefix' }) nameTh!: string;
  @Field(() => String, { nullable: true, description: 'English name; null where none is on record yet' })
  nameEn!: string | null;
  @Field({ description: '5-digit postal code of Thailand Post' }) postalCode!: string;
}
