import { describe, expect, it } from '@jest/globals';
import { formatThaiDate, formatThaiDateTime } from './thai-date-text.js';

describe('Thai date text', () => {
  it('writes day, Thai month and Buddhist Era year', () => {
    expect(formatThaiDate('2023-12-15')).toBe('15 ธันวาคม 2566');
    expect(formatThaiDate('2024-01-01')).toBe('1 มกราคม 2567');
    expect(formatThaiDate('2025-07-09')).toBe('9 กรกฎาคม 2568');
  });

  it('writes Thai digits on request', () => {
    expect(formatThaiDate('2023-12-15', { thaiDigits: true })).toBe('๑๕ ธันวาคม ๒๕๖๖');
  });

  it('writes the Bangkok date and time of an instant', () => {
    expect(formatThaiDateTime(new Date('2023-12-15T08:00:00Z'))).toBe('15 ธันวาคม 2566 15:00 น.');
    expect(formatThaiDateTime(new Date('2024-02-29T02:05:00Z'), { thaiDigits: true })).toBe('๒๙ กุมภาพันธ์ ๒๕๖๗ ๐๙:๐๕ น.');
  });

  it('takes an instant late in the UTC day as the next Bangkok day', () => {
    expect(formatThaiDate(new Date('2023-12-14T17:30:00Z'))).toBe('15 ธันวาคม 2566');
    expect(formatThaiDateTime(new Date('2023-12-31T17:00:00Z'))).toBe('1 มกราคม 2567 00:00 น.');
  });
});
