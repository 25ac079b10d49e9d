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
import type { DistrictNewsEvent, NewsPhoto } from './district-news.events.js';
import { PostDistrictNewsInput, PostedDistrictNews } from './district-news.types.js';
import { NewsPhotoStore } from './news-photo-store.js';
import { claimForPost } from './news-photo-uploads.js';

/** Posting district news: the photos must have been uploaded (POST /news-photos) by the office first, or be in a posted news already. */
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
    const photos = await Promise.all((input.photoIds ?? []).map((id, i) => this.storedPhoto(staff, id, `photoIds[${i}]`)));
    const command = {
      ...input, type: 'PostDistrictNews' as const, at: this.clock.now().toISOString(), actingOffice: actingOfficeOf(staff), newsId, photos,
    };
    const result: CommandResult<DistrictNewsEvent, DistrictNewsState> = await this.bus.execute(
      new CaseCommand(`news-${newsId}`, districtNewsDecider, command, context),
    );
    const { data } = result.events[0];
    return {
      newsId: data.newsId, version: result.version, alreadyHandled: result.alreadyHandled, districtCode: data.districtCode,
      activityName: data.activityName, heldOn: data.heldOn,
      photos: data.photos.map((p) => ({ ...p, url: `/news-photos/${p.photoId}` })),
    };
  }

  /** The photo as stored, once the office's upload of it is marked as of now (so that no cleanup takes it meanwhile). */
  private async storedPhoto(staff: SignedInStaff, photoId: string, field: string): Promise<NewsPhoto> {
    const id = String(photoId ?? '').trim().toLowerCase();
    const photo = await claimForPost(this.pool, id, staff.officeKey, this.clock.now(), () => this.photos.find(id));
    if (!photo) throw new DomainError('NEWS_PHOTO_UNKNOWN', 'ไม่พบรูปที่อัปโหลด', 'No uploaded photo has this id', field);
    return { photoId: photo.photoId, contentType: photo.contentType, size: photo.size };
  }
}
