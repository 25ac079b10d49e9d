import { DomainError } from './domain-error.js';
import { refuseForbiddenCharacters } from './text-characters.js';

const WHITESPACE = /\s+/g;
/** Whitespace other than single spaces between words. */
const UNCLEAN_SPACE = /[^\S ]|^ | $|  /;

/** Free text as stored: Unicode NFC, runs of whitespace made one space, trimmed. */
export function cleanText(input: string | null | undefined): string {
  const text = String(input ?? '').normalize('NFC');
  return UNCLEAN_SPACE.test(text) ? text.replace(WHITESPACE, ' ').trim() : text;
}

/** True for a value staff actually typed: null, absent and blank count as not given. */
export function hasText(input: string | null | undefined): input is string {
  return typeof input === 'string' && input.trim() !== '';
}

/**
 * Cleaned text that must not be empty; refusals name the field. Every text a decider keeps goes through
 * here or optionalText, so a control or direction character is refused (refuseForbiddenCharacters) on every
 * way in: the API, the import and the CLI.
 */
export function requireText(input: string | null | undefined, field: string, maxLength = 500): string {
  const text = cleanText(refuseForbiddenCharacters(input, field));
  if (!text) throw new DomainError('TEXT_REQUIRED', 'กรุณากรอกข้อมูลช่องนี้', 'This field is required', field);
  return checkLength(text, field, maxLength);
}

/** Cleaned text, or null when blank. */
export function optionalText(input: string | null | undefined, field: string, maxLength = 500): string | null {
  const text = cleanText(refuseForbiddenCharacters(input, field));
  return text ? checkLength(text, field, maxLength) : null;
}

function checkLength(text: string, field: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  throw new DomainError(
    'TEXT_TOO_LONG',
    `ข้อความยาวเกิน ${maxLength} ตัวอักษร`,
    `The text is longer than ${maxLength} characters`,
    field,
  );
}
