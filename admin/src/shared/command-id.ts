/**
 * A fresh command id for one submission of a form: sent again when the same form is sent again, so a request
 * whose answer was lost stores nothing twice. getRandomValues works on plain http too (randomUUID does not).
 */
export function newCommandId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
