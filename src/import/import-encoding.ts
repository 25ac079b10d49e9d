import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { DomainError } from '../shared/domain-error.js';

/**
 * The encodings a CSV export is read in. UTF-8 and UTF-16LE through the WHATWG decoder, Windows-874 (what
 * Excel on Thai Windows saves as "CSV") and TIS-620 through iconv-lite, which, unlike Node's decoder, marks the
 * bytes those code pages leave undefined (0x81–0x9F but for a few, 0xDB–0xDE, 0xFC–0xFF) instead of inventing
 * characters for them.
 */
export const IMPORT_ENCODINGS = ['utf-8', 'utf-16le', 'windows-874', 'tis-620'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

interface Decoder {
  write(bytes: Buffer): string;
  end(): string;
  /** How many bytes of the file a text decoded from it took. */
  bytesOf(text: string): number;
}

/** Decoders that write U+FFFD for bytes not valid in the encoding; a byte-order mark is kept as U+FEFF. */
function decoderOf(encoding: ImportEncoding): Decoder {
  if (encoding === 'utf-8' || encoding === 'utf-16le') {
    const decoder = new TextDecoder(encoding, { ignoreBOM: true });
    return {
      write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode(),
      bytesOf: (text) => (encoding === 'utf-8' ? Buffer.byteLength(text) : text.length * 2),
    };
  }
  const decoder = iconv.getDecoder(encoding === 'tis-620' ? 'tis620' : 'windows874');
  return { write: (bytes) => decoder.write(bytes), end: () => decoder.end() ?? '', bytesOf: (text) => text.length };
}

/** A byte not valid in the encoding, at a line and a byte offset of the file. */
class EncodingInvalid extends DomainError {
  constructor(encoding: ImportEncoding, line: number, readonly offset: number) {
    super('IMPORT_ENCODING_INVALID',
      `ไฟล์มีข้อมูลที่ไม่ใช่อักขระ ${encoding} ที่ถูกต้อง ที่บรรทัด ${line} (ตำแหน่งไบต์ ${offset}) จึงไม่นำเข้าทั้งไฟล์: `
        + 'ให้บันทึกไฟล์จาก Excel เป็น "CSV UTF-8" แล้วนำเข้าอีกครั้ง หรือระบุการเข้ารหัสของไฟล์ด้วย --encoding',
      `The file is not valid ${encoding} at line ${line} (byte offset ${offset}), so none of it is imported: `
        + 'save it from Excel as "CSV UTF-8" and import it again, or give its encoding with --encoding',
      'file');
  }
}

/**
 * The text of a file as its bytes come. Refuses the file at the first byte not valid in the encoding, and
 * at a replacement character (�), which only an earlier conversion that lost text leaves: IMPORT_ENCODING_INVALID,
 * naming the line and the byte offset.
 */
export async function* decodeText(bytes: AsyncIterable<Buffer>, encoding: ImportEncoding): AsyncGenerator<string> {
  const decoder = decoderOf(encoding);
  let line = 1;
  let offset = 0;
  const checked = (text: string) => {
    const bad = text.indexOf('\uFFFD');
    const good = bad < 0 ? text : text.slice(0, bad);
    for (let i = good.indexOf('\n'); i >= 0; i = good.indexOf('\n', i + 1)) line++;
    offset += decoder.bytesOf(good);
    if (bad >= 0) throw new EncodingInvalid(encoding, line, offset);
    return text;
  };
  for await (const chunk of bytes) {
    const text = checked(decoder.write(chunk));
    if (text !== '') yield text;
  }
  const rest = checked(decoder.end());
  if (rest !== '') yield rest;
}

const THAI = /[\u0E01-\u0E5B]/;

/**
 * The encoding of a CSV file, the whole file read to check it: the one given; else UTF-8 or UTF-16LE after
 * its byte-order mark; else UTF-8 when the file is valid UTF-8; else Windows-874 when the file is valid
 * Windows-874 and holds Thai. Anything else is refused, at the byte that reading it as UTF-8 or as
 * Windows-874 (the one that gets further) cannot take.
 */
export async function csvEncodingOf(file: string, given?: ImportEncoding): Promise<ImportEncoding> {
  const encoding = given ?? await byteOrderMarkOf(file);
  if (encoding) {
    const read = await readWhole(file, encoding);
    if (read instanceof EncodingInvalid) throw read;
    return encoding;
  }
  const utf8 = await readWhole(file, 'utf-8');
  if (!(utf8 instanceof EncodingInvalid)) return 'utf-8';
  const thai = await readWhole(file, 'windows-874');
  if (thai === true) return 'windows-874';
  throw thai instanceof EncodingInvalid && thai.offset > utf8.offset ? thai : utf8;
}

async function byteOrderMarkOf(file: string): Promise<ImportEncoding | undefined> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(3), 0, 3, 0);
    const start = buffer.subarray(0, bytesRead);
    if (start.equals(Buffer.from([0xef, 0xbb, 0xbf]))) return 'utf-8';
    if (start[0] === 0xff && start[1] === 0xfe) return 'utf-16le';
    return undefined;
  } finally {
    await handle.close();
  }
}

/** Reads the whole file in the encoding: whether it holds Thai, or where it is not valid. */
async function readWhole(file: string, encoding: ImportEncoding): Promise<boolean | EncodingInvalid> {
  let thai = false;
  try {
    for await (const text of decodeText(createReadStream(file), encoding)) thai ||= THAI.test(text);
  } catch (error) {
    if (error instanceof EncodingInvalid) return error;
    throw error;
  }
  return thai;
}
