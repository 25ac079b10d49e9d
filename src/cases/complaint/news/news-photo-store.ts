import { createHash } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import type pg from 'pg';
import type { Keyring } from '../../../personal-data/keys/keyring.js';
import { SealedCopies, type OpenedCopy, type SealedCopy } from '../../../personal-data/keys/sealed-copies.js';
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
  erased: () => new DomainError(
    'NEWS_PHOTO_ERASED', 'รูปนี้ถูกลบแล้วตามกฎหมายคุ้มครองข้อมูลส่วนบุคคล (คำขอของผู้ที่อยู่ในข่าว) เปิดไม่ได้อีก',
    'This photo was erased under the PDPA (on the request of a person the post names): it can no longer be opened', 'photoId',
  ),
};

/** The collection of uploads not yet posted, and of photos posted before sealing: `news-photos/ab/<sha256>`. */
export const PHOTOS = 'news-photos';
export const photoKey = (photoId: string) => contentKey(PHOTOS, photoId);

/** Streams of news posts: `news-<newsId>`. */
export const newsStreamId = (newsId: string) => `news-${newsId}`;

/** The collection of posted photos, each post's copy sealed: `news-photos-sealed/<post>/<sha256>`. */
export const SEALED_PHOTOS = 'news-photos-sealed';
const postFolder = (newsId: string) => createHash('sha256').update(`news:${newsId}`).digest('hex');
export const sealedPhotoKey = (newsId: string, photoId: string) =>
  `${SEALED_PHOTOS}/${postFolder(newsId).slice(0, 2)}/${postFolder(newsId)}/${photoId}`;

/** Where a posted photo is kept sealed, under the post's CASE key, bound to the post and the photo (a copy moved to another does not open). */
const copyOf = (newsId: string, photoId: string): SealedCopy =>
  ({ blobKey: sealedPhotoKey(newsId, photoId), streamId: newsStreamId(newsId), associated: `news-photo:${newsId}/${photoId}` });

/** A posted photo's bytes as the store has them: to read, erased with its post's key (PDPA), or not there. */
export type OpenedPhoto = OpenedCopy;

/**
 * News photos in the BlobStore (the data folder or an S3-compatible bucket). An upload is kept plain under the
 * SHA-256 of its bytes (the same photo uploaded twice is kept once) only until it is posted (or, never posted, for a
 * day); a photo's type is read from its first bytes. Posting copies it sealed (AES-256-GCM) under the post's CASE key,
 * the key its leader and participants are sealed under, bound to the post and the photo, and removes the upload's
 * plain bytes once no office's upload of them is left: erasing the post's names destroys that key, and with it every
 * copy of its photos, on disk, in the bucket and in their backups. The same photo in two posts is two sealed copies.
 *
 * Photos posted before sealing (sealedUnder null) keep being read from their plain blob until their post's CASE key
 * is erased; then they are answered as erased (their plain bytes may be another post's too, so they are not deleted).
 */
export class NewsPhotoStore {
  private readonly sealed: SealedCopies;

  constructor(private readonly blobs: BlobStore, keyring: Keyring, pool: pg.Pool) {
    this.sealed = new SealedCopies(blobs, keyring, pool);
  }

  /** Keeps the photo after checking its size and that its bytes are of the declared type. */
  async save(bytes: Buffer, declaredType: string | undefined): Promise<Omit<NewsPhoto, 'sealedUnder'>> {
    if (bytes.length > MAX_NEWS_PHOTO_BYTES) throw photoErrors.tooLarge();
    const contentType = sniffPhotoType(bytes);
    const declared = declaredType?.split(';')[0].trim().toLowerCase();
    if (!contentType || (declared && declared !== 'application/octet-stream' && declared !== contentType)) throw photoErrors.invalid();
    const photoId = photoIdOf(bytes);
    await this.blobs.putIfAbsent(photoKey(photoId), bytes);
    return { photoId, contentType, size: bytes.length };
  }

  /** The uploaded (plain) photo with this id and its bytes to read (read them or destroy them), or undefined. */
  async openUpload(photoId: string): Promise<(Omit<NewsPhoto, 'sealedUnder'> & StoredBlob) | undefined> {
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

  /**
   * Copies the uploaded bytes sealed under the post's CASE key (made if it has none yet), before the post is appended:
   * the photo as posted, and whether it wrote. A copy there already (the post sent again) is left as it is, with the
   * key it names; undefined when there is neither a copy nor an upload of a photo type.
   */
  async sealFor(newsId: string, photoId: string): Promise<{ photo: NewsPhoto; wrote: boolean } | undefined> {
    if (!PHOTO_ID.test(photoId)) return undefined;
    const copy = copyOf(newsId, photoId);
    const existing = await this.sealed.open(copy);
    if (typeof existing !== 'string') return { photo: this.described(photoId, existing.keyId, existing.plain), wrote: false };
    if (existing === 'ERASED') return undefined;
    const upload = await this.blobs.get(photoKey(photoId));
    if (!upload) return undefined;
    const plain = await buffer(upload.body);
    if (!sniffPhotoType(plain)) return undefined;
    const { keyId, wrote } = await this.sealed.seal(copy, plain);
    return { photo: this.described(photoId, keyId, plain), wrote };
  }

  /** Removes a sealed copy made for a post that was then refused. */
  async removeSealed(newsId: string, photoId: string): Promise<void> {
    if (PHOTO_ID.test(photoId)) await this.blobs.delete(sealedPhotoKey(newsId, photoId));
  }

  /** The bytes of a photo of the post: opened from its sealed copy, or an older photo's plain ones. */
  async open(newsId: string, photo: Pick<NewsPhoto, 'photoId' | 'sealedUnder'>): Promise<OpenedPhoto> {
    if (!PHOTO_ID.test(photo.photoId)) return { state: 'MISSING' };
    if (photo.sealedUnder === null) return this.sealed.readPlain(newsStreamId(newsId), photoKey(photo.photoId));
    return this.sealed.read(copyOf(newsId, photo.photoId));
  }

  /** Deletes an upload's plain bytes; nothing when there are none. */
  async remove(photoId: string): Promise<void> {
    if (PHOTO_ID.test(photoId)) await this.blobs.delete(photoKey(photoId));
  }

  private described(photoId: string, keyId: string, plain: Buffer): NewsPhoto {
    return { photoId, contentType: sniffPhotoType(plain)!, size: plain.length, sealedUnder: keyId };
  }

}
