import JSZip from 'jszip';

const BANGKOK_OFFSET_MS = 7 * 3_600_000;

/**
 * The workbook with every zip entry dated `instant` (exceljs dates them at the time of writing, so two writes of
 * one report would differ). Zip entries hold a wall-clock time without a zone: Bangkok's, as the office reads it.
 */
export async function withZipDates(xlsx: Uint8Array, instant: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const wallClock = new Date(instant.getTime() + BANGKOK_OFFSET_MS);
  zip.forEach((_, entry) => {
    entry.date = wallClock;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}
