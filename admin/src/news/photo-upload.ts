import type { Refusal } from '../api/errors';

/** A photo the service keeps for a news post. */
export interface UploadedPhoto {
  photoId: string;
  /** The file's name as chosen, to tell the photos apart. */
  name: string;
}

/**
 * Sends one photo to POST /news-photos: the raw file with its type, the session in its cookie, and the header a
 * cookie-carried POST must carry (x-damrong-request). Answers the photo, or the service's refusal in Thai.
 */
export async function uploadNewsPhoto(file: File): Promise<UploadedPhoto | Refusal> {
  try {
    const response = await fetch('/news-photos', {
      method: 'POST', body: file, credentials: 'same-origin',
      headers: { 'content-type': file.type || 'application/octet-stream', 'x-damrong-request': '1' },
    });
    const body = (await response.json().catch(() => ({}))) as Partial<Refusal> & { photoId?: string };
    if (response.ok && body.photoId) return { photoId: body.photoId, name: file.name };
    return {
      code: body.code ?? `HTTP_${response.status}`, messageTh: body.messageTh ?? `อัปโหลดรูป ${file.name} ไม่สำเร็จ`,
      messageEn: body.messageEn ?? 'The photo was not uploaded', field: 'photoIds',
    };
  } catch {
    return { code: 'NETWORK', messageTh: 'ติดต่อเซิร์ฟเวอร์ไม่ได้ กรุณาลองอีกครั้ง', messageEn: 'The service cannot be reached', field: 'photoIds' };
  }
}
