import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import PDFDocument from 'pdfkit';
import { drawText, SARABUN, textWidth } from '../../src/reporting/export/thai-pdf-text.js';

const hasPdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined;
if (!hasPdftoppm) console.log('pdf-marks.spec: skipped, pdftoppm is missing (apt-get install -y poppler-utils)');

const THAI = 'น้ำที่นี่ผู้ใหญ่';
const X = 100;
const LINES = [40, 140, 240];

/** Three lines: the Thai alone; "A" + Thai drawn run by run; "A" + Thai in one pdfkit call (the known trouble). */
async function renderPage(): Promise<{ width: number; pixels: Buffer; thaiWidth: number }> {
  const doc = new PDFDocument({ size: [700, 340], margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.registerFont('Sarabun', SARABUN.regular).font('Sarabun').fontSize(48);
  const a = doc.widthOfString('A');
  const thaiWidth = textWidth(doc, THAI);
  drawText(doc, THAI, X, LINES[0]);
  drawText(doc, `A${THAI}`, X - a, LINES[1]);
  doc.text(`A${THAI}`, X - a, LINES[2], { lineBreak: false });
  doc.end();
  await ended;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'damrong-marks-'));
  fs.writeFileSync(path.join(dir, 'page.pdf'), Buffer.concat(chunks));
  const run = spawnSync('pdftoppm', ['-gray', '-r', '72', path.join(dir, 'page.pdf'), path.join(dir, 'page')]);
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  const pgm = fs.readFileSync(path.join(dir, 'page-1.pgm'));
  fs.rmSync(dir, { recursive: true });
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  return { width: Number(header[1]), pixels: pgm.subarray(header[0].length), thaiWidth };
}

/** How many pixels of the Thai part differ clearly between two lines. */
function difference(page: { width: number; pixels: Buffer; thaiWidth: number }, lineA: number, lineB: number): { differing: number; inked: number } {
  let differing = 0;
  let inked = 0;
  for (let dy = -20; dy < 80; dy++) {
    for (let x = X + 2; x < X + page.thaiWidth; x++) {
      const a = page.pixels[(LINES[lineA] + dy) * page.width + x];
      const b = page.pixels[(LINES[lineB] + dy) * page.width + x];
      if (a < 128) inked++;
      if (Math.abs(a - b) > 96) differing++;
    }
  }
  return { differing, inked };
}

describe('Thai marks in the PDF, rendered by pdftoppm', () => {
  (hasPdftoppm ? it : it.skip)('sit the same after a Latin letter as in Thai text alone, unlike a single pdfkit call', async () => {
    const page = await renderPage();
    const runByRun = difference(page, 0, 1);
    const oneCall = difference(page, 0, 2);
    expect(runByRun.inked).toBeGreaterThan(500);
    expect(runByRun.differing).toBeLessThan(runByRun.inked * 0.02);
    expect(oneCall.differing).toBeGreaterThan(runByRun.inked * 0.05);
  });
});
