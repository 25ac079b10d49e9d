import PDFDocument from 'pdfkit';
import { SARABUN } from './thai-pdf-text.js';
/**
 * A new A4 PDF document in Sarabun (regular and bold registered), its pages buffered for the footers, and the
 * promise of its bytes once `doc.end()` is called.
 */
export function thaiPdf(options: PDFKit.PDFDocumentOptions): { doc: PDFKit.PDFDocument; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', bufferPages: true, displayTitle: true, lang: 'th-TH', ...options });
  doc.registerFont('Sarabun', SARABUN.regular);
  doc.registerFont('Sarabun-Bold', SARABUN.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/** Body text size: nothing on a page is printed smaller. */
export const TEXT_SIZE = 9;

/** Where the next line goes on the current page, and starting a page when the rest would not fit. */
export class PdfCursor {
  y: number;

  constructor(readonly doc: PDFKit.PDFDocument) {
    this.y = this.top;
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  fits(height: number): boolean {
    return this.y + height <= this.bottom;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** A new page unless `height` fits below; never one for a block taller than a page. */
  room(height: number): void {
    if (!this.fits(height) && this.y > this.top) this.newPage();
  }
}
