import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Get, HttpException, HttpStatus, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { Public, Requires } from '../../../identity/sessions/staff-access.decorators.js';
import { mayPostNews } from '../../../identity/scope/staff-authority.js';
import { DomainError } from '../../../shared/domain-error.js';
import { MAX_NEWS_PHOTO_BYTES } from './district-news.decider.js';
import type { NewsPhoto } from './district-news.events.js';
import { NewsPhotoStore, photoErrors } from './news-photo-store.js';

/** Nest answers an HttpException itself; a DomainError here is meant for GraphQL's error format. */
function asHttp(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  const status = error.code === 'NEWS_PHOTO_TOO_LARGE' ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
  return new HttpException({ code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, field: error.field }, status);
}

/** Reads the request body, refusing it as soon as it passes the limit. */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw photoErrors.tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * News photos over plain HTTP: POST /news-photos with the image as the body (Content-Type image/jpeg,
 * image/png or image/webp) by an account of a district office answers its photoId for postDistrictNews; GET
 * /news-photos/<photoId> serves it to anyone (the news is public).
 */
@Controller('news-photos')
export class NewsPhotosController {
  constructor(@Inject(NewsPhotoStore) private readonly store: NewsPhotoStore) {}

  @Requires(mayPostNews)
  @Post()
  async upload(@Req() request: IncomingMessage): Promise<NewsPhoto> {
    try {
      const declared = request.headers['content-type'];
      if (!declared?.toLowerCase().startsWith('image/') && declared !== 'application/octet-stream') throw photoErrors.invalid();
      return await this.store.save(await readBody(request, MAX_NEWS_PHOTO_BYTES), declared);
    } catch (error) {
      throw asHttp(error);
    }
  }

  @Public()
  @Get(':photoId')
  async download(@Param('photoId') photoId: string, @Res() response: ServerResponse): Promise<void> {
    const photo = await this.store.find(photoId);
    if (!photo) throw new HttpException({ code: 'NEWS_PHOTO_NOT_FOUND', messageEn: 'No such photo' }, HttpStatus.NOT_FOUND);
    response.writeHead(200, {
      'content-type': photo.contentType,
      'content-length': photo.size,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(photo.file).pipe(response);
  }
}
