import { constants, inflateSync } from 'node:zlib';
import type { ComplaintDocumentType } from './complaint-documents.events.js';

/**
 * What a scanned document's bytes are, whatever its name or the sender says: the type by its signature (magic
 * numbers) and its number of pages read from the file (a PDF's page objects, a TIFF's image directories). Pure.
 */
export function sniffDocumentType(bytes: Buffer): ComplaintDocumentType | undefined {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  const head = bytes.subarray(0, 4).toString('latin1');
  if (head === 'II*\0' || head === 'MM\0*') return 'image/tiff';
  return undefined;
}

/** The document's pages, 0 when none can be found (a damaged file). */
export function countPages(bytes: Buffer, type: ComplaintDocumentType): number {
  switch (type) {
    case 'application/pdf': return pdfPages(bytes);
    case 'image/tiff': return tiffPages(bytes);
    case 'image/jpeg':
    case 'image/png': return 1;
  }
}

const PAGE_OBJECT = /\/Type\s*\/Page(?![A-Za-z])/g;
const OBJECT_STREAM = /\/Type\s*\/ObjStm\b[^]*?stream\r?\n/g;

/** Page objects, in the file and inside its compressed object streams (PDF 1.5 and later). */
function pdfPages(bytes: Buffer): number {
  const text = bytes.toString('latin1');
  let pages = text.match(PAGE_OBJECT)?.length ?? 0;
  for (const match of text.matchAll(OBJECT_STREAM)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      const inflated = inflateSync(bytes.subarray(start, end), { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1');
      pages += inflated.match(PAGE_OBJECT)?.length ?? 0;
    } catch {
      // Not a Flate stream this reader knows: its pages go uncounted, and a file of none is refused.
    }
  }
  return pages;
}

/** The chain of image file directories; a loop or an offset outside the file ends it. */
function tiffPages(bytes: Buffer): number {
  const little = bytes[0] === 0x49;
  const u16 = (at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const u32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const seen = new Set<number>();
  let offset = bytes.length >= 8 ? u32(4) : 0;
  while (offset >= 8 && offset + 2 <= bytes.length && !seen.has(offset) && seen.size < 10_000) {
    seen.add(offset);
    const next = offset + 2 + u16(offset) * 12;
    if (next + 4 > bytes.length) break;
    offset = u32(next);
  }
  return seen.size;
}
