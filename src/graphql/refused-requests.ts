import { DomainError } from '../shared/domain-error.js';

const sizeOf = (limit: unknown) => (typeof limit === 'number' ? limit.toLocaleString('en-US') : null);

/**
 * A request refused before any route or GraphQL sees it (by Express or its body parser, whose error is the
 * cause), as a typed error: the client learns what to change, in Thai and English.
 */
export function refusedRequest(status: number, cause: unknown): DomainError {
  switch (status) {
    case 413: {
      const limit = sizeOf((cause as { limit?: unknown } | undefined)?.limit);
      return new DomainError('REQUEST_TOO_LARGE',
        `คำขอมีขนาดใหญ่เกินที่รับได้${limit ? ` (ไม่เกิน ${limit} ไบต์)` : ''} กรุณาส่งข้อมูลให้น้อยลง`,
        `The request body is larger than the limit${limit ? ` (${limit} bytes)` : ''}; send less at a time`);
    }
    case 400:
      return new DomainError('REQUEST_MALFORMED', 'คำขอมีรูปแบบไม่ถูกต้อง เช่น เนื้อหาไม่ใช่ JSON ที่ถูกต้อง',
        'The request is malformed, e.g. its body is not valid JSON');
    case 404:
      return new DomainError('ROUTE_NOT_FOUND', 'ไม่พบที่อยู่ที่ขอ', 'There is nothing at this address');
    case 415:
      return new DomainError('REQUEST_MEDIA_TYPE_UNSUPPORTED', 'ไม่รองรับชนิดของเนื้อหาที่ส่งมา', 'The request body is of a type this address does not take');
    default:
      return new DomainError('REQUEST_REFUSED', 'คำขอถูกปฏิเสธ', `The request was refused (HTTP ${status})`);
  }
}
