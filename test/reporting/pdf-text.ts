import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page of a PDF, as a reader (copy and paste, search) gets it, NFKD-normalised. */
export async function pdfPages(data: Uint8Array): Promise<string[]> {
  return (await pdfRead(data)).pages;
}

/** The pages' text, the document's info dictionary (Title, CreationDate …) and the smallest size any text is drawn at. */
export async function pdfRead(data: Uint8Array): Promise<{ pages: string[]; info: Record<string, unknown>; smallestText: number }> {
  const pdf = await getDocument({ data: data.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  let smallestText = Infinity;
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').normalize('NFKD'));
    for (const item of content.items) {
      if ('str' in item && item.str.trim()) smallestText = Math.min(smallestText, Math.hypot(item.transform[0], item.transform[1]));
    }
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, info: info as Record<string, unknown>, smallestText };
}
