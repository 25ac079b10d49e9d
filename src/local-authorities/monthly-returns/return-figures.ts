import { readDecimal } from '../../shared/decimal.js';
import { FieldErrors } from '../../shared/field-errors.js';
import { hasText } from '../../shared/text-input.js';
import { returnErrors } from './monthly-return-errors.js';
import { FUEL_KINDS, type FuelKindName, type ReturnFigures, type ReturnKind } from './monthly-return.events.js';

/** The figures as typed (Thai or Arabic digits, thousands separators allowed): only those of the return's kind. */
export interface FiguresForm {
  /** Hotel: room rent received in the month, baht with up to 2 places. */
  roomRent?: string | null;
  /** Fuel: litres (kilograms for LPG and NGV) sold in the month by fuel kind, up to 2 places; a blank kind is 0. */
  fuel?: Partial<Record<FuelKindName, string | null>> | null;
  /** Tobacco: cigarettes and cigars sold in the month. */
  cigarettes?: string | null;
}

/** The bounds every read model holds: 100 million baht of rent, 100 million litres of a fuel, a billion cigarettes a month. */
export const FIGURE_LIMITS = {
  roomRentSatang: { max: 10_000_000_000n, text: '100,000,000 บาท (baht)' },
  fuelHundredths: { max: 10_000_000_000n, text: '100,000,000 ลิตรหรือกิโลกรัม (litres or kg)' },
  cigarettes: { max: 1_000_000_000n, text: '1,000,000,000 มวน (pieces)' },
};

function read(input: string, decimals: number, limit: { max: bigint; text: string }, field: string): number {
  const reading = readDecimal(input, decimals);
  if (!reading.ok) throw returnErrors.figureMalformed(input, decimals, field);
  if (reading.units > limit.max) throw returnErrors.figureTooLarge(limit.text, field);
  return Number(reading.units);
}

/** The figures of a `kind` return, exact, every field checked at once. */
export function parseFigures(kind: ReturnKind, form: FiguresForm | null | undefined): ReturnFigures {
  const errors = new FieldErrors();
  const given = form ?? {};
  const fuel = given.fuel ?? {};
  const foreign = (field: string, value: unknown) => {
    if (value !== null && value !== undefined) errors.add(returnErrors.figureNotForKind(field));
  };
  const required = (field: string, value: string | null | undefined, parse: (text: string) => number) =>
    errors.take(() => {
      if (!hasText(value)) throw returnErrors.figureRequired(field);
      return parse(value);
    });
  if (kind !== 'HOTEL') foreign('figures.roomRent', given.roomRent);
  if (kind !== 'TOBACCO') foreign('figures.cigarettes', given.cigarettes);
  if (kind !== 'FUEL') foreign('figures.fuel', given.fuel);
  switch (kind) {
    case 'HOTEL': {
      const roomRentSatang = required('figures.roomRent', given.roomRent, (t) => read(t, 2, FIGURE_LIMITS.roomRentSatang, 'figures.roomRent'));
      return errors.done({ kind, roomRentSatang });
    }
    case 'TOBACCO': {
      const cigarettes = required('figures.cigarettes', given.cigarettes, (t) => read(t, 0, FIGURE_LIMITS.cigarettes, 'figures.cigarettes'));
      return errors.done({ kind, cigarettes });
    }
    case 'FUEL': {
      if (!FUEL_KINDS.some((k) => hasText(fuel[k]))) errors.add(returnErrors.figureRequired('figures.fuel'));
      const hundredths = Object.fromEntries(FUEL_KINDS.map((k) => [k, errors.take(() =>
        (hasText(fuel[k]) ? read(fuel[k], 2, FIGURE_LIMITS.fuelHundredths, `figures.fuel.${k}`) : 0))])) as Record<FuelKindName, number>;
      return errors.done({ kind, hundredths });
    }
  }
}

export const sameFigures = (a: ReturnFigures, b: ReturnFigures) => JSON.stringify(a) === JSON.stringify(b);
