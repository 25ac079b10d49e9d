import { createHash } from 'node:crypto';
import { DomainError } from '../../../shared/domain-error.js';
import { peek } from '../../../storage/blob-http.js';
import { contentKey, type BlobStore, type StoredBlob } from '../../../storage/blob-store.js';
import { MAX_NEWS_PHOTO_BYTES } from './district-news.decider.js';
import type { NewsPhoto, NewsPhotoType } from './district-news.events.js';

export const PHOTO_ID = /^[0-9a-f]{64}$/;

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

/** The collection of news photos in the store: `news-photos/ab/<sha256>`. */
export const PHOTOS = 'news-photos';
export const photoKey = (photoId: string) => contentKey(PHOTOS, photoId);

/**
 * News photos in the BlobStore (the data folder or an S3-compatible bucket), each under the SHA-256 of its bytes (so
 * the same photo uploaded twice is kept once, and written once); a photo's type is read from its first bytes.
 */
export class NewsPhotoStore {
  constructor(private readonly blobs: BlobStore) {}

  /** Keeps the photo after checking its size and that its bytes are of the declared type. */
  async save(bytes: Buffer, declaredType: string | undefined): Promise<NewsPhoto> {
    if (bytes.length > MAX_NEWS_PHOTO_BYTES) throw photoErrors.tooLarge();
    const contentType = sniffPhotoType(bytes);
    const declared = declaredType?.split(';')[0].trim().toLowerCase();
    if (!contentType || (declared && declared !== 'application/octet-stream' && declared !== contentType)) throw photoErrors.invalid();
    const photoId = photoIdOf(bytes);
    await this.blobs.putIfAbsent(photoKey(photoId), bytes);
    return { photoId, contentType, size: bytes.length };
  }

  /** The stored photo with this id and its bytes to read (read them or destroy them), or undefined. */
  async open(photoId: string): Promise<(NewsPhoto & StoredBlob) | undefined> {
    if (!PHOTO_ID.test(photoId)) return undefined;
    const blob = await this.blobs.get(photoKey(photoId));
    if (!blob) return undefined;
    const { head, body } = await peek(blob.body);
    const contentType = sniffPhotoType(head);
    if (!contentType) {
      body.destroy();
      return undefined;
    }
    return { photoId, contentType, size: blob.size, body };
  }

  /** The stored photo with this id, or undefined. */
  async find(photoId: string): Promise<NewsPhoto | undefined> {
    const photo = await this.open(photoId);
    photo?.body.destroy();
    return photo && { photoId: photo.photoId, contentType: photo.contentType, size: photo.size };
  }

  /** Deletes the photo's bytes; nothing when there are none. */
  async remove(photoId: string): Promise<void> {
    if (PHOTO_ID.test(photoId)) await this.blobs.delete(photoKey(photoId));
  }
}
