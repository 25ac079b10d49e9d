import { describe, expect, it } from '@jest/globals';
import { describeEvents } from './field-changes.js';
import { historySpecOf } from './history-specs.js';

/** The streams no case suite reads back as history: each field they record has its names. */
describe('history specs of the other streams', () => {
  it('describe a news post and a pair of responsible reporters, every field named', () => {
    const news = describeEvents(historySpecOf('news-1')!, [{
      type: 'DistrictNewsPosted',
      data: {
        newsId: '1', at: '2025-01-05T03:00:00.000Z', by: { level: 'DISTRICT', code: '7001' }, districtCode: '7001', provinceCode: '70',
        activityName: 'ดำรงธรรมสัญจร', leader: 'นายอำเภอ', participants: 'ชาวบ้าน 50 คน', heldOn: '2025-01-04', startTime: '09:00',
        endTime: null, place: 'วัดหน้าเมือง', photos: [{ photoId: 'a'.repeat(64), contentType: 'image/jpeg', size: 1024, sealedUnder: '5f0e3c1a-7d2b-4c8e-9a61-0b3f2d4e6a81' }],
      },
    }]);
    const reporters = describeEvents(historySpecOf('reporters-district-7001')!, [{
      type: 'ResponsibleReportersNamed',
      data: { office: { kind: 'DISTRICT', code: '7001' }, accountIds: ['a', 'b'], namedBy: 'c', at: '2025-01-05T03:00:00.000Z' },
    }]);
    const [posted, named] = [news[0], reporters[0]];
    expect([posted.type.th, named.type.en]).toEqual(['ลงข่าวกิจกรรม', 'Responsible reporters named']);
    expect(posted.changes.find((c) => c.field === 'heldOn')).toMatchObject({ after: '2025-01-04', afterTh: '4 มกราคม 2568' });
    expect(posted.changes.find((c) => c.field === 'photos.0.size')).toMatchObject({ labelEn: 'Photo size (bytes) #1', after: '1024' });
    expect(posted.changes.filter((c) => c.field.includes('sealedUnder'))).toEqual([]);
    expect(named.changes.find((c) => c.field === 'accountIds')).toMatchObject({ after: 'a, b' });
    expect(named.changes.find((c) => c.field === 'office.code')).toMatchObject({ afterTh: '7001 อำเภอเมืองราชบุรี' });
    expect([...posted.changes, ...named.changes].filter((c) => c.labelEn === c.field)).toEqual([]);
  });

  it('describe no stream of a kind it does not know', () => {
    expect(historySpecOf('holiday-2025')).toBeUndefined();
  });
});
