/** RFC 5987 / 8187 ext-value: UTF-8, every byte outside attr-char percent-encoded. */
const extValue = (text: string) =>
  `UTF-8''${encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/**
 * `attachment; filename="<ascii>"; filename*=UTF-8''<thai>` (RFC 6266): browsers save the Thai name, clients
 * that cannot read `filename*` the ASCII one. The ASCII name must hold no quote or backslash.
 */
export function attachment(name: { th: string; ascii: string }, extension: string): string {
  if (!/^[\x20-\x7e]+$/.test(name.ascii) || /["\\]/.test(name.ascii)) throw new Error(`not a plain ASCII file name: ${name.ascii}`);
  return `attachment; filename="${name.ascii}.${extension}"; filename*=${extValue(`${name.th}.${extension}`)}`;
}
