import { describe, expect, it } from '@jest/globals';
import { errorOf } from '../../test/support/domain-errors.js';
import { codePointOf, HOSTILE_CHARACTERS } from '../../test/support/hostile-text.js';
import { refuseForbiddenCharacters } from './text-characters.js';
import { optionalText, requireText } from './text-input.js';

describe('characters no text may bring in', () => {
  it('refuses each forbidden character wherever it stands, naming the field and the code point', () => {
    for (const character of HOSTILE_CHARACTERS) {
      for (const text of [character, `สมชาย${character}`, `${character} ใจดี`]) {
        const error = errorOf(() => refuseForbiddenCharacters(text, 'debtor.firstName'));
        expect(error).toMatchObject({ code: 'TEXT_FORBIDDEN_CHARACTER', field: 'debtor.firstName' });
        expect(error.messageEn).toContain(codePointOf(character));
        expect(error.messageTh).toContain(codePointOf(character));
      }
    }
    expect(errorOf(() => refuseForbiddenCharacters('กข\u202Eค', 'f')).messageEn).toContain('at character 3');
  });

  it('lets through Thai, tabs and line breaks, zero-width spaces, emoji and other whole surrogate pairs', () => {
    for (const text of ['นาย\tสมชาย\r\nใจดี', 'ภาษา\u200Bไทย', 'ขอบคุณ 🙏', '𠀀', 'café', '\u00A0ราคา ๑,๐๐๐ ฿']) {
      expect(refuseForbiddenCharacters(text, 'f')).toBe(text);
    }
    expect(refuseForbiddenCharacters(null, 'f')).toBeNull();
  });

  it('holds for every text a decider keeps, required or optional, while single-line text still collapses its whitespace', () => {
    expect(requireText(' นาย\tสมชาย\nใจดี ', 'name')).toBe('นาย สมชาย ใจดี');
    for (const character of HOSTILE_CHARACTERS) {
      expect(errorOf(() => requireText(`a${character}`, 'debtor.occupation'))).toMatchObject({ code: 'TEXT_FORBIDDEN_CHARACTER', field: 'debtor.occupation' });
      expect(errorOf(() => optionalText(`a${character}`, 'note'))).toMatchObject({ code: 'TEXT_FORBIDDEN_CHARACTER', field: 'note' });
    }
  });
});
