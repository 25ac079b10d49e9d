/**
 * One of each kind of character no text may bring in: C0 controls (NUL, BEL, ESC, VT), DEL, C1 controls, the
 * Arabic letter mark, direction marks, embeddings, overrides and isolates, lone surrogates (high and low),
 * noncharacters of the BMP's block, its end and the last plane.
 */
export const HOSTILE_CHARACTERS = [
  '\u0000', '\u0007', '\u001B', '\u000B', '\u007F', '\u0085', '\u009F', '\u061C', '\u200E', '\u200F', '\u202A', '\u202E',
  '\u2066', '\u2069', '\uD800', '\uDFFF', '\uFDD0', '\uFDEF', '\uFFFE', '\uFFFF', '\u{1FFFE}', '\u{10FFFF}',
] as const;

/** How a character is named in messages: U+0000. */
export const codePointOf = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
