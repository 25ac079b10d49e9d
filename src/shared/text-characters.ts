import { DomainError } from './domain-error.js';

/**
 * Characters no text may bring in, whatever the field: C0 controls but TAB, LF and CR; DEL and the C1
 * controls; the invisible direction marks and overrides (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069),
 * which make a name read differently from what is stored; lone surrogates (not text at all, and PostgreSQL
 * refuses them); noncharacters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane). TAB, LF and CR pass:
 * single-line fields make every run of whitespace one space, multi-line ones keep their line breaks.
 */
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\p{Cs}\p{Noncharacter_Code_Point}]/u;

/** The text as it came when it holds no forbidden character; else TEXT_FORBIDDEN_CHARACTER naming the field. */
export function refuseForbiddenCharacters<T extends string | null | undefined>(text: T, field: string): T {
  if (typeof text !== 'string') return text;
  const match = FORBIDDEN.exec(text);
  if (!match) return text;
  const codePoint = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const position = [...text.slice(0, match.index)].length + 1;
  throw new DomainError(
    'TEXT_FORBIDDEN_CHARACTER',
    `ข้อความมีอักขระที่บันทึกไม่ได้ (${codePoint} ที่ตัวอักษรที่ ${position}) เช่น อักขระควบคุมหรือเครื่องหมายกำหนดทิศทางที่มองไม่เห็น กรุณาลบออกแล้วพิมพ์ใหม่`,
    `The text holds a character that cannot be stored (${codePoint} at character ${position}): a control, an invisible direction mark or a noncharacter; delete it and type the text again`,
    field,
  );
}
