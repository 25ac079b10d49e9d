import { createHash } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 of the bytes, without padding. */
function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

/**
 * รหัสตรวจสอบ: the first 10 base32 characters of a SHA-256 (50 bits), as `ABCDE-FGHIJ`, for a reader to type in
 * and check a printed report against the one stored.
 */
export function verificationCode(sha256Hex: string): string {
  const code = base32(Buffer.from(sha256Hex, 'hex')).slice(0, 10);
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * The code of a monthly report: it is the figures of the month as the log stood at one frozen daily report, so
 * the month and that report's SHA-256 name it.
 */
export function monthlyVerificationCode(month: string, dailySha256Hex: string): string {
  return verificationCode(createHash('sha256').update(`damrong:monthly-mediation-report:${month}:${dailySha256Hex}`).digest('hex'));
}

/**
 * The code a province's frozen daily report prints: its day, the province, the report's SHA-256 and its seal of the
 * log (migration 602), so that a paper copy names its report and the log as sealed with it. A report never sealed
 * keeps the code of its SHA-256 alone.
 */
export function dailyVerificationCode(day: string, provinceCode: string, sha256Hex: string, sealHex: string | null): string {
  if (sealHex === null) return verificationCode(sha256Hex);
  return verificationCode(createHash('sha256').update(`damrong:daily-mediation-report:${day}:${provinceCode}:${sha256Hex}:${sealHex}`).digest('hex'));
}
