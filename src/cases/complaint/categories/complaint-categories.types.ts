import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ComplaintSubCategory', { description: 'ประเภทเรื่องย่อย' })
export class ComplaintSubCategoryObject {
  @Field() code!: string;
  @Field() nameTh!: string;
  @Field() nameEn!: string;
}

@ObjectType('ComplaintMainCategory', { description: 'ประเภทเรื่องหลัก with its sub categories' })
export class ComplaintMainCategoryObject {
  @Field() code!: string;
  @Field() nameTh!: string;
  @Field() nameEn!: string;
  @Field({ description: 'True for OTHER (เรื่องอื่นๆ): no sub codes, the sub category is written in as otherText' })
  subWrittenIn!: boolean;
  @Field(() => [ComplaintSubCategoryObject]) subs!: ComplaintSubCategoryObject[];
}
