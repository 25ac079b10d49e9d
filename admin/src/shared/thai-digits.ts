/** ๐–๙ typed as 0–9; everything else kept. */
export const toArabicDigits = (text: string): string => text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));

/** A number typed with Thai or Arabic digits, commas allowed ("๑๒,๕๐๐.๕๐" → "12500.50"). */
export const typedNumber = (text: string): string => toArabicDigits(text).replace(/[,\s]/g, '');
