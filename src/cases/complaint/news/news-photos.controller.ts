import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Get, HttpException, HttpStatus, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type pg from 'pg';
import { CLOCK, OWNER_POOL } from '../../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../../eventstore/event-store.port.js';
import { sessionTokenOf } from '../../../identity/sessions/session-cookie.js';
import { CurrentStaff, Public, Requires, signInOf } from '../../../identity/sessions/staff-access.decorators.js';
import { StaffAuthenticator } from '../../../identity/sessions/staff-authenticator.js';
import type { SignedInStaff } from '../../../identity/sessions/staff-context.js';
import { mayPostNews } from '../../../identity/scope/staff-authority.js';
import type { Clock } from '../../../shared/clock.js';
import { foldRecorded } from '../../../shared/decider.js';
import { readUpload, refusalAsHttp, sendBlob } from '../../../storage/blob-http.js';
import { MAX_NEWS_PHOTO_BYTES } from './district-news.decider.js';
import type { NewsPhoto } from './district-news.events.js';
import { districtNewsDecider } from './district-news.decider.js';
import { NewsPhotoStore, newsStreamId, PHOTO_ID, photoErrors, photoIdOf } from './news-photo-store.js';
import { recordUpload, uploadedBy } from './news-photo-uploads.js';

const notFound = () => new HttpException({ code: 'NEWS_PHOTO_NOT_FOUND', messageTh: 'ไม่พบรูปนี้', messageEn: 'No such photo' }, HttpStatus.NOT_FOUND);

const STATUS: Record<string, HttpStatus> = { NEWS_PHOTO_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE, NEWS_PHOTO_ERASED: HttpStatus.GONE };
const asHttp = (error: unknown) => refusalAsHttp(error, (code) => STATUS[code] ?? HttpStatus.UNSUPPORTED_MEDIA_TYPE);

/**
 * News photos over plain HTTP: POST /news-photos with the image as the body (Content-Type image/jpeg,
 * image/png or image/webp) by an account of a district office answers its photoId for postDistrictNews. GET
 * /news-photos/<photoId> serves an upload not posted yet only to a signed-in account of an office that uploaded it;
 * GET /news-photos/<newsId>/<photoId> serves a photo of a posted news to anyone (the news is public), opened from the
 * post's sealed copy; one erased with the post's key (PDPA) answers 410 NEWS_PHOTO_ERASED. Anything else answers 404,
 * as if there were none.
 */
@Controller('news-photos')
export class NewsPhotosController {
  constructor(
    @Inject(NewsPhotoStore) private readonly store: NewsPhotoStore,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(StaffAuthenticator) private readonly authenticator: StaffAuthenticator,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  @Requires(mayPostNews)
  @Post()
  async upload(@CurrentStaff() staff: SignedInStaff, @Req() request: IncomingMessage): Promise<Omit<NewsPhoto, 'sealedUnder'>> {
    try {
      const declared = request.headers['content-type'];
      if (!declared?.toLowerCase().startsWith('image/') && declared !== 'application/octet-stream') throw photoErrors.invalid();
      const bytes = await readUpload(request, MAX_NEWS_PHOTO_BYTES, photoErrors.tooLarge);
      return await recordUpload(this.pool, photoIdOf(bytes), staff.officeKey, this.clock.now(), () => this.store.save(bytes, declared));
    } catch (error) {
      throw asHttp(error);
    }
  }

  @Public()
  @Get(':photoId')
  async downloadUpload(@Param('photoId') photoId: string, @Req() request: IncomingMessage, @Res() response: ServerResponse): Promise<void> {
    response.setHeader('cache-control', 'private, no-store');
    if (!PHOTO_ID.test(photoId)) throw notFound();
    const office = await this.officeOf(request);
    if (!office || !(await uploadedBy(this.pool, photoId, office))) throw notFound();
    const photo = await this.store.openUpload(photoId);
    if (!photo) throw notFound();
    sendBlob(response, photo, { 'content-type': photo.contentType, 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  }

  @Public()
  @Get(':newsId/:photoId')
  async download(@Param('newsId') newsId: string, @Param('photoId') photoId: string, @Res() response: ServerResponse): Promise<void> {
    if (!PHOTO_ID.test(photoId) || newsId.length > 100) throw notFound();
    const { state } = foldRecorded(districtNewsDecider, await this.events.readStream(newsStreamId(newsId)));
    const photo = state.posted ? state.photos.find((p) => p.photoId === photoId) : undefined;
    if (!photo) throw notFound();
    const opened = await this.store.open(newsId, photo);
    if (opened.state === 'ERASED') throw asHttp(photoErrors.erased());
    if (opened.state !== 'STORED') throw notFound();
    sendBlob(response, opened.blob, {
      'content-type': photo.contentType,
      // A day, not for ever: a photo erased under the PDPA must stop being served from caches too.
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    });
  }

  /** The office key of the account signed in on the request (Bearer token or the admin UI's cookie), or undefined. */
  private async officeOf(request: IncomingMessage): Promise<string | undefined> {
    const { token } = sessionTokenOf(request, false);
    if (!token) return undefined;
    const staff = await signInOf(request, () => this.authenticator.authenticate(token)).catch(() => undefined);
    return staff && !staff.mustChangePassword ? staff.officeKey : undefined;
  }
}
