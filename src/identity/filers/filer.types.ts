import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Filer', { description: 'ผู้ยื่นแบบ: the filer signed in with D.DOPA in this browser' })
export class FilerObject {
  @Field({ description: 'The citizen id with all but its last four digits hidden, e.g. xxxxxxxxx1234' }) citizenIdMasked!: string;
  @Field(() => String, { nullable: true, description: 'The name D.DOPA gave; null when it gave none' }) name!: string | null;
  @Field({ description: 'When the filer session ends' }) sessionExpiresAt!: Date;
}
