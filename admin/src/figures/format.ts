const counts = new Intl.NumberFormat('th-TH');

/** A count as Thai readers write it: 12,345. */
export const countText = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : counts.format(n));

/** Exact decimal baht text ("1234567.50") grouped without rounding: 1,234,567.50. */
export function bahtText(amount: string | null | undefined): string {
  if (amount === null || amount === undefined) return '–';
  const negative = amount.startsWith('-');
  const [whole, fraction] = (negative ? amount.slice(1) : amount).split('.');
  const grouped = BigInt(whole || '0').toLocaleString('th-TH');
  return `${negative ? '−' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
