import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../../../shared/domain-error.js';
import { CsvRecords } from './csv-records.js';

/** The records of `text` fed in the given pieces (each record's cells; the numbers are checked separately). */
function read(...pieces: string[]): string[][] {
  const reader = new CsvRecords();
  const records = pieces.flatMap((piece) => reader.push(piece));
  return [...records, ...reader.end()].map(([, cells]) => cells);
}

/** Every way of cutting the text in two reads the same. */
function readCutAnywhere(text: string): string[][] {
  const whole = read(text);
  for (let cut = 0; cut <= text.length; cut++) expect(read(text.slice(0, cut), text.slice(cut))).toEqual(whole);
  return whole;
}

const malformed = (row: number) =>
  expect.objectContaining({ code: 'IMPORT_CSV_MALFORMED', messageEn: expect.stringContaining(`row ${row} `) }) as unknown as DomainError;

describe('CSV records (those csv-parse read with relax_column_count)', () => {
  it('reads cells in quotes with commas, line endings and doubled quotes, and rows of any length', () => {
    expect(readCutAnywhere('a,b\r\n"c,d",""\r\n')).toEqual([['a', 'b'], ['c,d', '']]);
    expect(readCutAnywhere('"x\n""y"""\n')).toEqual([['x\n"y"']]);
    expect(readCutAnywhere('a\nb,c,d')).toEqual([['a'], ['b', 'c', 'd']]);
    expect(readCutAnywhere('a,')).toEqual([['a', '']]);
  });

  it('ends records only at the line ending met first in the file', () => {
    expect(readCutAnywhere('a\nb\r\nc')).toEqual([['a'], ['b\r'], ['c']]);
    expect(readCutAnywhere('a\r\nb\nc\r\n')).toEqual([['a'], ['b\nc']]);
    expect(readCutAnywhere('a\rb')).toEqual([['a'], ['b']]);
  });

  it('keeps empty lines as records of one empty cell, so that the rows after them keep their numbers', () => {
    expect(readCutAnywhere('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
    expect(readCutAnywhere('\n')).toEqual([['']]);
    expect(read('')).toEqual([]);
    const reader = new CsvRecords();
    expect([...reader.push('a\n\nb'), ...reader.end()].map(([row]) => row)).toEqual([1, 2, 3]);
  });

  it('refuses a misplaced quote, naming the row', () => {
    expect(() => read('a,b"c\n')).toThrow(malformed(1));
    expect(() => read('h\n"a"b\n')).toThrow(malformed(2));
    expect(() => read('h\n"a" \n')).toThrow(malformed(2));
    expect(() => read('h\n', '"abc')).toThrow(malformed(2));
  });
});
