import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '../../graphql/connection.types.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';

@ObjectType('DistrictNewsPhoto')
export class DistrictNewsPhoto {
  @Field(() => ID) photoId!: string;
  @Field(() => String, { nullable: true, description: 'Path to GET the photo from: /news-photos/<newsId>/<photoId>; null once erased' })
  url!: string | null;
  @Field({ description: 'Erased under the PDPA with the post\'s names (its key destroyed): there is nothing to open' }) erased!: boolean;
  @Field() contentType!: string;
  @Field(() => Int, { description: 'Bytes' }) size!: number;
}

@ObjectType('DistrictNewsItem', { description: 'ข่าว: an activity of a district\'s Damrongdhama centre (public)' })
export class DistrictNewsItem {
  @Field(() => ID) newsId!: string;
  @Field() districtCode!: string;
  @Field({ description: 'e.g. ศูนย์ดำรงธรรมอำเภอเมืองราชบุรี' }) centreNameTh!: string;
  @Field() activityName!: string;
  @Field() leader!: string;
  @Field() participants!: string;
  @Field(() => LocalDate) heldOn!: string;
  @Field({ description: 'e.g. 15 มกราคม 2568' }) heldOnTh!: string;
  @Field({ description: 'HH:MM, Asia/Bangkok' }) startTime!: string;
  @Field(() => String, { nullable: true }) endTime!: string | null;
  @Field() place!: string;
  @Field(() => [DistrictNewsPhoto]) photos!: DistrictNewsPhoto[];
  @Field() postedAt!: Date;
}

export const DistrictNewsConnection = connectionOf(DistrictNewsItem, 'DistrictNews', 'News posts of a district, newest activity first');
