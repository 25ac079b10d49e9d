/**
 * A rejection the client may see: a stable code, a message in Thai and in English, and the field at
 * fault. Everything else that goes wrong is an internal error and reaches no client in detail.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly messageTh: string,
    readonly messageEn: string,
    readonly field?: string,
  ) {
    super(messageEn);
    this.name = 'DomainError';
  }
}
