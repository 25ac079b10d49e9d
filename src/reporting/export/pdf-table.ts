import { cellText, type ReportTable } from './report-document.js';
import { drawText, textWidth, wrapLines } from './thai-pdf-text.js';
import { type PdfCursor, TEXT_SIZE } from './pdf-page.js';

const LINE = 11.5;
const ROW = 15;
const PAD = 3;
const TITLE_SIZE = 11;
const TITLE_HEIGHT = 18;
const GRID = '#555555';

/** Each column's narrowest width that holds its cells and the widest word of its title. */
function naturalWidths(doc: PDFKit.PDFDocument, table: ReportTable): number[] {
  return table.columns.map((column, i) => {
    doc.font('Sarabun-Bold').fontSize(TEXT_SIZE);
    let widest = Math.max(...column.title.split(/[\n ]/).map((word) => textWidth(doc, word)));
    for (const row of table.rows) {
      doc.font(row.total ? 'Sarabun-Bold' : 'Sarabun');
      widest = Math.max(widest, textWidth(doc, cellText(row.cells[i], column.kind)));
    }
    return widest + 2 * PAD;
  });
}

/**
 * The columns in groups that fit the page's width, each group led by the table's leading text columns (the
 * row labels): as many figures as there are, none printed smaller than TEXT_SIZE.
 */
function columnGroups(table: ReportTable, widths: number[], available: number): number[][] {
  const labels = table.columns.findIndex((c) => c.kind !== 'text');
  const lead = labels < 0 ? table.columns.map((_, i) => i) : table.columns.slice(0, labels).map((_, i) => i);
  const leadWidth = lead.reduce((sum, i) => sum + widths[i], 0);
  const groups: number[][] = [];
  let group: number[] = [];
  let used = leadWidth;
  for (let i = lead.length; i < table.columns.length; i++) {
    if (group.length > 0 && used + widths[i] > available) {
      groups.push(group);
      group = [];
      used = leadWidth;
    }
    group.push(i);
    used += widths[i];
  }
  if (group.length > 0 || groups.length === 0) groups.push(group);
  return groups.map((g) => [...lead, ...g]);
}

/** How many rows from `r` on must share a page: a row and the totals right after it. */
function keptTogether(table: ReportTable, r: number): number {
  let rows = 1;
  while (!table.rows[r]?.total && table.rows[r + rows]?.total) rows++;
  return rows;
}

/**
 * Draws the table: in column groups that fit the width, a full grid, the heading again at the top of every
 * page, and never a total row alone at the top of a page (the row before it comes along).
 */
export function drawTable(cursor: PdfCursor, table: ReportTable): void {
  const { doc } = cursor;
  const natural = naturalWidths(doc, table);
  const groups = columnGroups(table, natural, cursor.width);
  groups.forEach((columns, g) => {
    const sum = columns.reduce((s, i) => s + natural[i], 0);
    const spare = sum >= 0.6 * cursor.width ? (cursor.width - sum) / columns.length : 0;
    const widths = columns.map((i) => natural[i] + spare);
    const title = groups.length > 1 ? `${table.title} (ส่วนที่ ${g + 1}/${groups.length})` : table.title;
    doc.font('Sarabun-Bold').fontSize(TEXT_SIZE);
    const headings = columns.map((i, k) => wrapLines(doc, table.columns[i].title, widths[k] - 2 * PAD));
    const headingHeight = Math.max(...headings.map((lines) => lines.length)) * LINE + 2 * PAD;
    const start = (continued: boolean) => {
      doc.font('Sarabun-Bold').fontSize(TITLE_SIZE);
      drawText(doc, continued ? `${title} (ต่อ)` : title, cursor.left, cursor.y);
      cursor.y += TITLE_HEIGHT;
      doc.font('Sarabun-Bold').fontSize(TEXT_SIZE);
      let x = cursor.left;
      columns.forEach((_, k) => {
        doc.rect(x, cursor.y, widths[k], headingHeight).fillAndStroke('#e6e6e6', GRID).fillColor('black');
        const top = cursor.y + (headingHeight - headings[k].length * LINE) / 2;
        headings[k].forEach((line, n) => drawText(doc, line, x + PAD, top + n * LINE, { width: widths[k] - 2 * PAD, align: 'center' }));
        x += widths[k];
      });
      cursor.y += headingHeight;
    };
    cursor.room(TITLE_HEIGHT + headingHeight + Math.max(keptTogether(table, 0), Math.min(2, table.rows.length)) * ROW);
    start(false);
    table.rows.forEach((row, r) => {
      if (!cursor.fits(keptTogether(table, r) * ROW)) {
        cursor.newPage();
        start(true);
      }
      doc.font(row.total ? 'Sarabun-Bold' : 'Sarabun').fontSize(TEXT_SIZE);
      let x = cursor.left;
      columns.forEach((i, k) => {
        const kind = table.columns[i].kind;
        doc.lineWidth(0.5).rect(x, cursor.y, widths[k], ROW);
        if (row.total) doc.fillAndStroke('#f2f2f2', GRID).fillColor('black');
        else doc.stroke(GRID);
        drawText(doc, cellText(row.cells[i], kind), x + PAD, cursor.y + (ROW - LINE) / 2, { width: widths[k] - 2 * PAD, align: kind === 'text' ? 'left' : 'right' });
        x += widths[k];
      });
      cursor.y += ROW;
    });
    cursor.y += 10;
  });
}
