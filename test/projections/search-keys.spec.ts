import { describe, expect, it } from '@jest/globals';
import { areaPrefix, keysOf, wordsOfKeys } from '../../src/projections/complaint-search/search-keys.js';
import { monthsBetween } from '../../src/projections/complaint-search/search-window.js';

describe('complaint search keys', () => {
  it('keys every word, title word and the month for the country, the province and the district, and gives the words back', () => {
    const keys = keysOf(['ถนน', 'ชำรุด'], ['ถนน'], { district: '7001', province: '70' }, '2025-01-31T23:30:00.000Z');
    expect(keys).toEqual(['ถนน', 'ชำรุด', 't:ถนน', 'm:202501', 'p:70:ถนน', 'p:70:ชำรุด', 'p:70:t:ถนน', 'p:70:m:202501',
      'd:7001:ถนน', 'd:7001:ชำรุด', 'd:7001:t:ถนน', 'd:7001:m:202501']);
    expect(wordsOfKeys(keys)).toEqual(['ถนน', 'ชำรุด']);
    expect(keysOf(['น้ำ'], [], { district: null, province: null }, '2025-03-01T00:00:00Z')).toEqual(['น้ำ', 'm:202503']);
    expect([areaPrefix({ district: '7001', province: '70' }), areaPrefix({ district: null, province: '70' }),
      areaPrefix({ district: null, province: null })]).toEqual(['d:7001:', 'p:70:', '']);
  });

  it('lists an area\'s months newest first across a year, in UTC', () => {
    expect(monthsBetween('p:70:', new Date('2025-02-01T00:10:00+07:00'), new Date('2024-11-30T20:00:00Z')))
      .toEqual(['p:70:m:202501', 'p:70:m:202412', 'p:70:m:202411']);
    expect(monthsBetween('', new Date('2025-01-05T00:00:00Z'), new Date('2025-01-01T00:00:00Z'))).toEqual(['m:202501']);
  });
});
