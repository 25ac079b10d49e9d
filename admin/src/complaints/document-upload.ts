import type { Refusal } from '../api/errors';

/** A scanned document the service keeps, ready to attach. */
export interface UploadedDocument {
  documentId: string;
  /** The file's name as chosen. */
  name: string;
}

/**
 * Sends one scanned document to POST /complaint-documents: the raw file, the session in its cookie, and the header a
 * cookie-carried POST must carry (x-damrong-request). The service judges the type by the bytes. Answers the document,
 * or the service's refusal in Thai.
 */
export async function uploadComplaintDocument(file: File): Promise<UploadedDocument | Refusal> {
  try {
    const response = await fetch('/complaint-documents', {
      method: 'POST', body: file, credentials: 'same-origin',
      headers: { 'content-type': file.type || 'application/octet-stream', 'x-damrong-request': '1' },
    });
    const body = (await response.json().catch(() => ({}))) as Partial<Refusal> & { documentId?: string };
    if (response.ok && body.documentId) return { documentId: body.documentId, name: file.name };
    return {
      code: body.code ?? `HTTP_${response.status}`, messageTh: `${file.name}: ${body.messageTh ?? 'อัปโหลดเอกสารไม่สำเร็จ'}`,
      messageEn: body.messageEn ?? 'The document was not uploaded', field: 'document',
    };
  } catch {
    return { code: 'NETWORK', messageTh: 'ติดต่อเซิร์ฟเวอร์ไม่ได้ กรุณาลองอีกครั้ง', messageEn: 'The service cannot be reached', field: 'document' };
  }
}
