import { Query, Resolver } from '@nestjs/graphql';
import { COMPLAINT_CATEGORIES, OTHER_CATEGORY } from './complaint-categories.enums.js';
import { ComplaintMainCategoryObject } from './complaint-categories.types.js';

/** The complaint categories (reference data), for receiving a complaint and filtering the list. */
@Resolver(() => ComplaintMainCategoryObject)
export class ComplaintCategoriesResolver {
  @Query(() => [ComplaintMainCategoryObject], { nullable: true, description: 'ประเภทเรื่องร้องเรียน: the main categories and their sub categories' })
  complaintCategories(): ComplaintMainCategoryObject[] {
    return COMPLAINT_CATEGORIES.map((main) => ({
      code: main.code, nameTh: main.nameTh, nameEn: main.nameEn, subWrittenIn: main.code === OTHER_CATEGORY,
      subs: main.subs.map(({ code, nameTh, nameEn }) => ({ code, nameTh, nameEn })),
    }));
  }
}
