import { deflateSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { countPages, sniffDocumentType } from './document-bytes.js';
import { cleanOcrText, pageConfidences } from './tesseract-ocr.js';

/** A little-endian TIFF of `pages` image directories of one entry each, chained. */
function tiff(pages: number): Buffer {
  const bytes = Buffer.alloc(8 + pages * 18);
  bytes.write('II*\0', 0, 'latin1');
  bytes.writeUInt32LE(8, 4);
  for (let p = 0; p < pages; p++) {
    const at = 8 + p * 18;
    bytes.writeUInt16LE(1, at);
    bytes.writeUInt32LE(p === pages - 1 ? 0 : at + 18, at + 14);
  }
  return bytes;
}

describe('what a document\'s bytes are', () => {
  it('knows PDF, JPEG, PNG and TIFF by their signatures, nothing by a name', () => {
    expect(sniffDocumentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffDocumentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffDocumentType(tiff(1))).toBe('image/tiff');
    expect(sniffDocumentType(Buffer.from('MM\0*\0\0\0\x08', 'latin1'))).toBe('image/tiff');
    expect(sniffDocumentType(Buffer.from('GIF89a'))).toBeUndefined();
    expect(sniffDocumentType(Buffer.from('letter.pdf'))).toBeUndefined();
  });

  it('counts a PDF\'s page objects, also inside compressed object streams, and not its page tree', () => {
    const plain = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Pages /Count 2 >> endobj\n2 0 obj << /Type /Page >> endobj\n3 0 obj <</Type/Page>> endobj\n', 'latin1');
    expect(countPages(plain, 'application/pdf')).toBe(2);
    const packed = deflateSync(Buffer.from('<< /Type /Page >> << /Type /Page >> << /Type /Page >>', 'latin1'));
    const modern = Buffer.concat([Buffer.from('%PDF-1.5\n5 0 obj << /Type /ObjStm /N 3 /Filter /FlateDecode >> stream\n', 'latin1'), packed, Buffer.from('\nendstream endobj\n', 'latin1')]);
    expect(countPages(modern, 'application/pdf')).toBe(3);
    expect(countPages(Buffer.from('%PDF-1.4\n%%EOF'), 'application/pdf')).toBe(0);
  });

  it('counts a TIFF\'s image directories, stopping at a loop or the file\'s end', () => {
    expect(countPages(tiff(3), 'image/tiff')).toBe(3);
    const looped = tiff(2);
    looped.writeUInt32LE(8, 8 + 18 + 14);
    expect(countPages(looped, 'image/tiff')).toBe(2);
    expect(countPages(Buffer.from('II*\0\xff\xff\0\0', 'latin1'), 'image/tiff')).toBe(0);
  });

  it('reads tesseract\'s per-page confidence and cleans its text', () => {
    const tsv = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n'
      + '1\t1\t0\t0\t0\t0\t0\t0\t10\t10\t-1\t\n5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\tเรียน\n5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t80.5\tSir\n5\t2\t1\t1\t1\t1\t0\t0\t1\t1\t70\tx\n';
    expect([...pageConfidences(tsv)]).toEqual([[1, 85.3], [2, 70]]);
    expect(cleanOcrText('นายอ\u0E4D\u0E32เภอ\u0007\n\n\f')).toBe('นายอำเภอ');
  });
});
