import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Sarabun from the npm package @expo-google-fonts/sarabun (TTF, Thai and Latin in one file). */
export const SARABUN = {
  regular: require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf'),
};

const SARA_AM = /\u0E33/g;
const RUNS = /[\u0E00-\u0E7F]+|[^\u0E00-\u0E7F]+/g;

/**
 * Text as pdfkit must get it for Thai marks to sit right:
 * - split into Thai and non-Thai runs, each laid out alone: fontkit takes the script of a run from its
 *   first letter, so in "PDFที่นี่" or "Aน้ำ" the Thai would otherwise be shaped as Latin and its tone
 *   marks and vowels would pile up wrongly;
 * - sara am (ำ) written as nikhahit + sara aa (ํา), its compatibility decomposition, which Sarabun draws
 *   the same way. Shaping decomposes it anyway, and one glyph can carry one text mapping only: left
 *   whole, the decomposed sara aa would leave every า of the page unreadable to text extraction.
 */
export function thaiRuns(text: string): string[] {
  return text.replace(SARA_AM, '\u0E4D\u0E32').match(RUNS) ?? [];
}

export function textWidth(doc: PDFKit.PDFDocument, text: string): number {
  return thaiRuns(text).reduce((width, run) => width + doc.widthOfString(run), 0);
}

export interface DrawOptions {
  /** Box width for alignment; the text is not wrapped. */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

/** Draws one line of text at (x, y), run by run. */
export function drawText(doc: PDFKit.PDFDocument, text: string, x: number, y: number, options: DrawOptions = {}): void {
  const runs = thaiRuns(text);
  const width = runs.reduce((sum, run) => sum + doc.widthOfString(run), 0);
  const box = options.width ?? width;
  let at = options.align === 'right' ? x + box - width : options.align === 'center' ? x + (box - width) / 2 : x;
  for (const run of runs) {
    doc.text(run, at, y, { lineBreak: false });
    at += doc.widthOfString(run);
  }
}

/** The text broken into lines at '\n' and, where a line is wider than `width`, at spaces (a longer word stays whole). */
export function wrapLines(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  return text.split('\n').flatMap((part) => part.split(' ').reduce<string[]>((lines, word) => {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(doc, `${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []));
}
