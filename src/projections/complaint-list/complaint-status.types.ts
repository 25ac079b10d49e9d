import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PublicDate', { description: 'A day in Thai (Buddhist Era) and in ISO form' })
export class PublicDate {
  @Field({ description: 'e.g. 15 ธันวาคม 2567' }) th!: string;
  @Field({ description: 'The same day as YYYY-MM-DD (CE), in Asia/Bangkok' }) iso!: string;
}

@ObjectType('ComplaintPublicStatus', {
  description: 'ระบบการติดตามเรื่อง: what a citizen with the tracking code may see. Nothing personal, no ids.',
})
export class ComplaintPublicStatus {
  @Field({ description: 'RECEIVED, ASSIGNED, IN_PROGRESS, RESOLVED or CLOSED' }) status!: string;
  @Field({ description: 'The status in Thai, e.g. อยู่ระหว่างดำเนินการ' }) statusTh!: string;
  @Field(() => PublicDate) receivedOn!: PublicDate;
  @Field(() => PublicDate, { description: 'The day of the latest change' }) updatedOn!: PublicDate;
  @Field(() => PublicDate, { nullable: true, description: 'The day it was closed, while it is closed' })
  closedOn!: PublicDate | null;
  @Field({ description: 'The centre handling it now, e.g. ศูนย์ดำรงธรรมอำเภอเมืองราชบุรี จังหวัดราชบุรี' })
  handledBy!: string;
}
