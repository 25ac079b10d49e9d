import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ComplaintDocumentPageText, ComplaintDocumentType } from './complaint-documents.events.js';

const run = promisify(execFile);
const LANGUAGES = 'tha+eng';

export type OcrAvailability =
  | { enabled: true; engine: string; pdf: boolean; pdfReason: string | null }
  | { enabled: false; reason: string };

const missing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT';

/** Whether Debian's tesseract (with Thai and English) and pdftoppm are here; why not when they are not. */
export async function detectOcr(enabled: boolean): Promise<OcrAvailability> {
  if (!enabled) return { enabled: false, reason: 'OCR is turned off (OCR=off) / ปิดการอ่านข้อความ (OCR=off)' };
  let version: string;
  let languages: string[];
  try {
    version = (await run('tesseract', ['--version'], { timeout: 20_000 })).stdout.split('\n')[0].trim();
    languages = (await run('tesseract', ['--list-langs'], { timeout: 20_000 })).stdout.split('\n').map((l) => l.trim());
  } catch (error) {
    return {
      enabled: false,
      reason: missing(error)
        ? 'tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-tha) / ไม่ได้ติดตั้งโปรแกรม tesseract'
        : `tesseract does not run: ${(error as Error).message.split('\n')[0]} / โปรแกรม tesseract ทำงานไม่ได้`,
    };
  }
  const lacking = ['tha', 'eng'].filter((l) => !languages.includes(l));
  if (lacking.length > 0) {
    return { enabled: false, reason: `tesseract lacks the language(s) ${lacking.join(', ')} (apt-get install tesseract-ocr-tha) / tesseract ไม่มีภาษา ${lacking.join(', ')}` };
  }
  const pdfReason = await run('pdftoppm', ['-v'], { timeout: 20_000 }).then(() => null, () => 'pdftoppm (poppler-utils) is not installed: PDFs cannot be read');
  return { enabled: true, engine: `${version} ${LANGUAGES}`, pdf: pdfReason === null, pdfReason };
}

/** The text of each page of the file, read with tesseract; a PDF rasterised page by page with pdftoppm first. */
export async function readPages(file: string, contentType: ComplaintDocumentType, timeoutMs: number): Promise<ComplaintDocumentPageText[]> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-ocr-'));
  try {
    const images = contentType === 'application/pdf' ? await rasterise(file, work, timeoutMs) : [file];
    const pages: ComplaintDocumentPageText[] = [];
    for (const [i, image] of images.entries()) {
      const base = path.join(work, `text-${i}`);
      await run('tesseract', [image, base, '-l', LANGUAGES, 'txt', 'tsv'], { timeout: timeoutMs, killSignal: 'SIGKILL' });
      const texts = (await fs.readFile(`${base}.txt`, 'utf8')).split('\f');
      const confidences = pageConfidences(await fs.readFile(`${base}.tsv`, 'utf8'));
      // A multi-page TIFF is one image of many pages: tesseract ends each with a form feed.
      const count = contentType === 'image/tiff' ? Math.max(1, texts.length - 1) : 1;
      for (let p = 0; p < count; p++) {
        pages.push({ page: pages.length + 1, text: cleanOcrText(texts[p] ?? ''), confidence: confidences.get(p + 1) ?? null });
      }
    }
    return pages;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

async function rasterise(file: string, work: string, timeoutMs: number): Promise<string[]> {
  await run('pdftoppm', ['-r', '300', '-gray', '-png', file, path.join(work, 'page')], { timeout: timeoutMs, killSignal: 'SIGKILL' });
  const names = (await fs.readdir(work)).filter((n) => /^page-\d+\.png$/.test(n));
  const number = (n: string) => Number(/(\d+)\.png$/.exec(n)![1]);
  return names.sort((a, b) => number(a) - number(b)).map((n) => path.join(work, n));
}

/** The mean word confidence of each page of a tesseract TSV (level 5 rows; -1 marks no word), to one decimal. */
export function pageConfidences(tsv: string): Map<number, number> {
  const sums = new Map<number, { total: number; words: number }>();
  for (const line of tsv.split('\n').slice(1)) {
    const cells = line.split('\t');
    if (cells[0] !== '5' || (cells[11] ?? '').trim() === '') continue;
    const page = Number(cells[1]);
    const confidence = Number(cells[10]);
    if (!Number.isFinite(confidence) || confidence < 0) continue;
    const sum = sums.get(page) ?? { total: 0, words: 0 };
    sums.set(page, { total: sum.total + confidence, words: sum.words + 1 });
  }
  return new Map([...sums].map(([page, { total, words }]) => [page, Math.round((total / words) * 10) / 10]));
}

/**
 * Text as kept: NFC, sara am whole (tesseract reads it as nikhahit + sara aa, as printed), no control characters but
 * line breaks and tabs, no trailing blank lines.
 */
export function cleanOcrText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.normalize('NFC').replace(/\u0E4D\u0E32/g, '\u0E33').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+$/, '');
}
