import { describe, expect, it } from '@jest/globals';
import { errorOf } from '../../../test/support/domain-errors.js';
import type { NonFiler } from './authority-report.assemble.js';
import { nonFilerPage } from './non-filer-page.js';

const row = (period: string, businessNo: number, kind: NonFiler['kind']): NonFiler => ({ period, periodTh: period, businessNo, businessName: `b${businessNo}`, kind });
const rows = [row('2025-10', 1, 'HOTEL'), row('2025-10', 1, 'TOBACCO'), row('2025-10', 2, 'FUEL'), row('2025-11', 1, 'HOTEL'), row('2025-11', 2, 'FUEL')];
const ids = (page: ReturnType<typeof nonFilerPage>) => page.edges.map((e) => `${e.node.period}/${e.node.businessNo}/${e.node.kind}`);

describe('nonFilerPage', () => {
  it('walks the list in its order, two a page, each page continuing after the last row of the one before', () => {
    const first = nonFilerPage(rows, 2);
    expect([ids(first), first.pageInfo.hasNextPage, first.pageInfo.hasPreviousPage]).toEqual([['2025-10/1/HOTEL', '2025-10/1/TOBACCO'], true, false]);
    const second = nonFilerPage(rows, 2, first.pageInfo.endCursor);
    expect([ids(second), second.pageInfo.hasNextPage, second.pageInfo.hasPreviousPage]).toEqual([['2025-10/2/FUEL', '2025-11/1/HOTEL'], true, true]);
    const last = nonFilerPage(rows, 2, second.pageInfo.endCursor);
    expect([ids(last), last.pageInfo.hasNextPage]).toEqual([['2025-11/2/FUEL'], false]);
    expect(ids(nonFilerPage(rows, 2, last.pageInfo.endCursor))).toEqual([]);
  });

  it('continues after the row the cursor names even when that row has since filed', () => {
    const cursor = nonFilerPage(rows, 3).pageInfo.endCursor;
    const filed = rows.filter((r) => !(r.period === '2025-10' && r.businessNo === 2));
    expect(ids(nonFilerPage(filed, 3, cursor))).toEqual(['2025-11/1/HOTEL', '2025-11/2/FUEL']);
  });

  it('refuses a cursor this list did not give out as CURSOR_INVALID on after', () => {
    for (const after of ['nonsense', Buffer.from(JSON.stringify(['2025-10', 1, 'LEAFLET'])).toString('base64url'), Buffer.from('[1,2]').toString('base64url')]) {
      expect(errorOf(() => nonFilerPage(rows, 2, after))).toMatchObject({ code: 'CURSOR_INVALID', field: 'after' });
    }
  });
});
