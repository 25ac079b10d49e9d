import { createHash, randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { CLOCK, OWNER_POOL } from '../../../database/database.module.js';
import { CaseCommand } from '../../../eventstore/case-command.js';
import { commandKeyOf } from '../../../eventstore/event-ids.js';
import type { CommandResult } from '../../../eventstore/handle-command.js';
import type { Clock } from '../../../shared/clock.js';
import { DomainError } from '../../../shared/domain-error.js';
import { CurrentStaff, Requires } from '../../../identity/sessions/staff-access.decorators.js';
import { mayChangeRecords } from '../../../identity/scope/staff-authority.js';
import { commandContextFor, type SignedInStaff } from '../../../identity/sessions/staff-context.js';
import { actingOfficeOf } from '../complaint.command-handlers.js';
import { districtNewsDecider, type DistrictNewsState } from './district-news.decider.js';
import { newsPhotoUrl, type DistrictNewsEvent, type NewsPhoto } from './district-news.events.js';
import { PostDistrictNewsInput, PostedDistrictNews } from './district-news.types.js';
import { NewsPhotoStore, newsStreamId } from './news-photo-store.js';
import { claimForPost, takeUpload } from './news-photo-uploads.js';

/**
 * Posting district news: the photos must have been uploaded (POST /news-photos) by the office first. Each is copied
 * sealed under the post's key before the post is appended (the copies of a refused post are taken back), and the
 * office's upload is taken once it is: the plain bytes go when every upload of them is taken.
 */
@Resolver(() => PostedDistrictNews)
export class DistrictNewsResolver {
  constructor(
    @Inject(CommandBus) private readonly bus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NewsPhotoStore) private readonly photos: NewsPhotoStore,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
  ) {}

  @Requires(mayChangeRecords)
  @Mutation(() => PostedDistrictNews, { description: "ข่าว: posts an activity of your district office, with photos" })
  async postDistrictNews(@CurrentStaff() staff: SignedInStaff, @Args('input') post: PostDistrictNewsInput): Promise<PostedDistrictNews> {
    const { commandId: clientCommandId, ...input } = post;
    const context = commandContextFor(staff, clientCommandId, { type: 'PostDistrictNews', ...input });
    const key = commandKeyOf(context.actor, context.commandId);
    const newsId = clientCommandId ? createHash('sha256').update(`news:${key}`).digest('hex').slice(0, 32) : randomUUID();
    const now = this.clock.now();
    const sealed: NewsPhoto[] = [];
    const wrote: string[] = [];
    let result: CommandResult<DistrictNewsEvent, DistrictNewsState>;
    try {
      for (const [i, id] of (input.photoIds ?? []).entries()) {
        const photo = await this.sealedPhoto(staff, newsId, id, `photoIds[${i}]`, now);
        sealed.push(photo.photo);
        if (photo.wrote) wrote.push(photo.photo.photoId);
      }
      const command = { ...input, type: 'PostDistrictNews' as const, at: now.toISOString(), actingOffice: actingOfficeOf(staff), newsId, photos: sealed };
      result = await this.bus.execute(new CaseCommand(newsStreamId(newsId), districtNewsDecider, command, context));
    } catch (error) {
      await Promise.all(wrote.map((photoId) => this.photos.removeSealed(newsId, photoId)));
      throw error;
    }
    for (const photo of sealed) await takeUpload(this.pool, photo.photoId, staff.officeKey, now, (id) => this.photos.remove(id));
    const { data } = result.events[0];
    return {
      newsId: data.newsId, version: result.version, alreadyHandled: result.alreadyHandled, districtCode: data.districtCode,
      activityName: data.activityName, heldOn: data.heldOn,
      photos: data.photos.map(({ sealedUnder: _, ...p }) => ({ ...p, url: newsPhotoUrl(data.newsId, p.photoId) })),
    };
  }

  /**
   * The photo sealed for the post, once the office's upload of it is marked as of now (so that no cleanup takes it
   * meanwhile); whether its sealed copy was written now (to be removed if the post is refused).
   */
  private async sealedPhoto(staff: SignedInStaff, newsId: string, photoId: string, field: string, now: Date) {
    const id = String(photoId ?? '').trim().toLowerCase();
    const sealed = await claimForPost(this.pool, id, staff.officeKey, now, () => this.photos.sealFor(newsId, id));
    if (!sealed) throw new DomainError('NEWS_PHOTO_UNKNOWN', 'ไม่พบรูปที่อัปโหลด', 'No uploaded photo has this id', field);
    return sealed;
  }
}
