const THAI_ZERO = 0x0e50;
const THAI_DIGIT = /[๐-๙]/;
const THAI_DIGITS = /[๐-๙]/g;

/** Replaces Thai digits (๐–๙) with Arabic ones; staff type either. Text without any is returned as it is, at once. */
export function toArabicDigits(text: string): string {
  return THAI_DIGIT.test(text) ? text.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - THAI_ZERO)) : text;
}

/** Writes Arabic digits as Thai digits, for documents that ask for them. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}
