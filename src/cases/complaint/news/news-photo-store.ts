import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../../shared/domain-error.js';
import { MAX_NEWS_PHOTO_BYTES } from './district-news.decider.js';
import type { NewsPhoto, NewsPhotoType } from './district-news.events.js';

const EXTENSION: Record<NewsPhotoType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
const PHOTO_ID = /^[0-9a-f]{64}$/;

/** The type the bytes show (JPEG, PNG or WebP signature), whatever the sender declared. */
export function sniffPhotoType(bytes: Buffer): NewsPhotoType | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return undefined;
}

/** A photo's id: the SHA-256 of its bytes, hex. */
export const photoIdOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export const photoErrors = {
  tooLarge: () => new DomainError(
    'NEWS_PHOTO_TOO_LARGE', 'รูปมีขนาดเกิน 5 MB', `A photo is at most ${MAX_NEWS_PHOTO_BYTES} bytes`, 'photo',
  ),
  invalid: () => new DomainError(
    'NEWS_PHOTO_INVALID', 'รูปต้องเป็นไฟล์ JPEG, PNG หรือ WebP ตามชนิดที่ระบุ', 'A photo is a JPEG, PNG or WebP file of the type it declares', 'photo',
  ),
};

/**
 * News photos on disk under `<data folder>/news-photos`, each named by the SHA-256 of its bytes (so the same
 * photo uploaded twice is kept once) with its type's extension. Written to a temporary name and renamed, so a
 * reader never sees half a file.
 */
export class NewsPhotoStore {
  constructor(readonly directory: string) {}

  /** Keeps the photo after checking its size and that its bytes are of the declared type. */
  async save(bytes: Buffer, declaredType: string | undefined): Promise<NewsPhoto> {
    if (bytes.length > MAX_NEWS_PHOTO_BYTES) throw photoErrors.tooLarge();
    const contentType = sniffPhotoType(bytes);
    const declared = declaredType?.split(';')[0].trim().toLowerCase();
    if (!contentType || (declared && declared !== 'application/octet-stream' && declared !== contentType)) throw photoErrors.invalid();
    const photoId = photoIdOf(bytes);
    const file = this.fileOf(photoId, contentType);
    await fs.mkdir(this.directory, { recursive: true });
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await fs.writeFile(temporary, bytes, { mode: 0o640 });
    await fs.rename(temporary, file);
    return { photoId, contentType, size: bytes.length };
  }

  /** The stored photo with this id, or undefined. */
  async find(photoId: string): Promise<(NewsPhoto & { file: string }) | undefined> {
    if (!PHOTO_ID.test(photoId)) return undefined;
    for (const contentType of Object.keys(EXTENSION) as NewsPhotoType[]) {
      const file = this.fileOf(photoId, contentType);
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat?.isFile()) return { photoId, contentType, size: stat.size, file };
    }
    return undefined;
  }

  /** Deletes the photo's file, whatever its type; nothing when there is none. */
  async remove(photoId: string): Promise<void> {
    if (!PHOTO_ID.test(photoId)) return;
    await Promise.all(Object.keys(EXTENSION).map((type) => fs.rm(this.fileOf(photoId, type as NewsPhotoType), { force: true })));
  }

  private fileOf(photoId: string, contentType: NewsPhotoType): string {
    return path.join(this.directory, `${photoId}.${EXTENSION[contentType]}`);
  }
}
