import type { CombinedError } from '@urql/core';

/** One refusal as the API answers it (extensions of a GraphQL error). */
export interface Refusal {
  code: string;
  messageTh: string;
  messageEn: string;
  /** The input field refused, as the API names it (`debtor.citizenId`, `creditors[1].name`), or null. */
  field: string | null;
}

/** Codes after which the session is over: the UI goes back to sign-in. */
export const SESSION_ENDED = new Set(['UNAUTHENTICATED', 'SESSION_REVOKED', 'ACCOUNT_SUSPENDED']);

export function refusalsOf(error: CombinedError | undefined): Refusal[] {
  if (!error) return [];
  if (error.networkError && error.graphQLErrors.length === 0) {
    return [{ code: 'NETWORK', messageTh: 'ติดต่อเซิร์ฟเวอร์ไม่ได้ กรุณาลองอีกครั้ง', messageEn: 'The service cannot be reached', field: null }];
  }
  return error.graphQLErrors.map((e) => {
    const x = (e.extensions ?? {}) as Partial<Refusal>;
    return {
      code: x.code ?? 'INTERNAL_SERVER_ERROR',
      messageTh: x.messageTh ?? 'เกิดข้อผิดพลาดภายในระบบ',
      messageEn: x.messageEn ?? e.message,
      field: x.field ?? null,
    };
  });
}

/**
 * The Thai messages of refusals by field (the input path without `input.`), and those naming no field (but an ended
 * session's, which the sign-in dialog answers).
 */
export function fieldMessages(refusals: Refusal[]): { byField: Record<string, string>; general: Refusal[] } {
  const byField: Record<string, string> = {};
  const general: Refusal[] = [];
  for (const refusal of refusals) {
    const field = refusal.field?.replace(/^input\./, '');
    if (field) byField[field] = byField[field] ? `${byField[field]} ${refusal.messageTh}` : refusal.messageTh;
    else if (!SESSION_ENDED.has(refusal.code)) general.push(refusal);
  }
  return { byField, general };
}
