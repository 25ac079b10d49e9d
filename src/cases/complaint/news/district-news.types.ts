import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput } from '../../../graphql/command-input.js';
import { LocalDate } from '../../../graphql/local-date.scalar.js';

@InputType({ description: 'ข่าวกิจกรรม: an activity of the district\'s Damrongdhama centre' })
export class PostDistrictNewsInput extends CommandInput {
  @Field({ description: 'ชื่อกิจกรรม' }) activityName!: string;
  @Field({ description: 'ผู้นำในการทำกิจกรรม' }) leader!: string;
  @Field({ description: 'ผู้เข้าร่วมกิจกรรม, as written' }) participants!: string;
  @Field({ description: 'The day: D/M/YYYY or YYYY-MM-DD, Buddhist or Common Era, Thai digits accepted' }) heldOn!: string;
  @Field({ description: 'Start time, e.g. 09.30 or ๐๙:๓๐ น.' }) startTime!: string;
  @Field(() => String, { nullable: true }) endTime?: string | null;
  @Field({ description: 'สถานที่' }) place!: string;
  @Field(() => [ID], { nullable: true, description: 'photoIds answered by POST /news-photos, at most 10' })
  photoIds?: string[] | null;
}

@ObjectType('NewsPhoto', { description: 'A photo of a news post' })
export class NewsPhotoObject {
  @Field(() => ID) photoId!: string;
  @Field({ description: 'Path to GET the photo from: /news-photos/<newsId>/<photoId>' }) url!: string;
  @Field() contentType!: string;
  @Field(() => Int, { description: 'Bytes' }) size!: number;
}

@ObjectType({ description: 'A district news post as recorded' })
export class PostedDistrictNews {
  @Field(() => ID) newsId!: string;
  @Field(() => Int) version!: number;
  @Field() alreadyHandled!: boolean;
  @Field() districtCode!: string;
  @Field() activityName!: string;
  @Field(() => LocalDate) heldOn!: string;
  @Field(() => [NewsPhotoObject]) photos!: NewsPhotoObject[];
}
