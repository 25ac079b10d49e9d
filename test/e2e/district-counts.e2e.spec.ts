import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CommandBus } from '@nestjs/cqrs';
import { debtDecider } from '../../src/cases/debt/debt.decider.js';
import type { DebtCommand } from '../../src/cases/debt/debt.commands.js';
import { CaseCommand } from '../../src/eventstore/case-command.js';
import { registration, step } from '../support/debt-generator.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
/** An officer of the centre (every count) and one of district 4902 (its own district's counts only). */
let centre: SignedIn;
let districtOfficer: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  centre = await t.signInAs({ level: 'CENTRAL', position: 'LEGAL_OFFICER' });
  districtOfficer = await t.signInAs({ level: 'DISTRICT', office: '4902' });
});
afterAll(() => t.close());

const COUNTS = `registered byChannel { selfQrThaid thaidApp counter paper } creditors debts principal outstanding contacted
  wishingMediation inMediation agreed notAgreed partyAbsent referred closed debtBefore debtAfter debtReduced`;

async function send(caseId: string, commands: DebtCommand[]): Promise<void> {
  const bus = t.app.get(CommandBus);
  for (const command of commands) {
    await bus.execute(new CaseCommand(`debt-${caseId}`, debtDecider, command, { commandId: randomUUID(), actor: 'officer:4901' }));
  }
}

describe('district counts over GraphQL', () => {
  it('lists every district of a province (Thai digits accepted), the 77 provinces and the nation', async () => {
    await send('e-1', [registration(31, 'e-1', { districtCode: '4901', channel: 'SELF_QR_THAID' }), step.contact('YES'), step.schedule()]);
    await send('e-2', [registration(32, 'e-2', { districtCode: '4901' }), step.transfer('4902')]);
    await t.caughtUp();

    const { data, errors } = await centre.graphql(`{
      districtCounts(provinceCode: "๔๙") { district { code nameTh } counts { ${COUNTS} } }
      provinceCounts { province { code } counts { registered inMediation outstanding } }
      nationalCounts { registered contacted inMediation principal outstanding byChannel { selfQrThaid counter } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.districtCounts).toHaveLength(7);
    expect(data.districtCounts[0]).toEqual({
      district: { code: '4901', nameTh: expect.stringMatching(/มุกดาหาร/) },
      counts: {
        registered: 1, byChannel: { selfQrThaid: 1, thaidApp: 0, counter: 0, paper: 0 }, creditors: 1, debts: 1,
        principal: '50000.00', outstanding: '62500.50', contacted: 1, wishingMediation: 1, inMediation: 1, agreed: 0,
        notAgreed: 0, partyAbsent: 0, referred: 0, closed: 0, debtBefore: '0.00', debtAfter: '0.00', debtReduced: '0.00',
      },
    });
    expect(data.districtCounts[1].counts).toMatchObject({ registered: 1, byChannel: { counter: 1 }, contacted: 0, inMediation: 0 });
    expect(data.districtCounts.slice(2).every((d: { counts: { registered: number } }) => d.counts.registered === 0)).toBe(true);
    expect(data.provinceCounts).toHaveLength(77);
    expect(data.provinceCounts.find((p: { province: { code: string } }) => p.province.code === '49').counts)
      .toEqual({ registered: 2, inMediation: 1, outstanding: '125001.00' });
    expect(data.nationalCounts).toEqual({
      registered: 2, contacted: 1, inMediation: 1, principal: '100000.00', outstanding: '125001.00', byChannel: { selfQrThaid: 1, counter: 1 },
    });

    const own = await districtOfficer.graphql('{ districtCounts(provinceCode: "49") { district { code } counts { registered } } provinceCounts { province { code } } }');
    expect(own.data).toEqual({ districtCounts: [{ district: { code: '4902' }, counts: { registered: 1 } }], provinceCounts: [] });
    const national = await districtOfficer.graphql('{ nationalCounts { registered } }');
    expect(national.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('counts the moves into and out of each district (transfers and district corrections), summed per province and nationally', async () => {
    await send('e-3', [registration(33, 'e-3', { districtCode: '4902' }), step.transfer('5001')]);
    await send('e-4', [registration(34, 'e-4', { districtCode: '5001' }), {
      type: 'AmendDebtRegistration', at: '2024-01-06T10:00:00+07:00', reason: 'แก้ไขอำเภอตามแบบฟอร์ม', districtCode: '๕๐๐๒', openCasesOfDebtor: [],
    }]);
    await t.caughtUp();
    const { data, errors } = await centre.graphql(`{
      districtCounts(provinceCode: "49") { district { code } counts { registered transfersIn transfersOut } }
      chiangMai: districtCounts(provinceCode: "50") { district { code } counts { registered transfersIn transfersOut } }
      provinceCounts { province { code } counts { transfersIn transfersOut } }
      nationalCounts { transfersIn transfersOut }
    }`);
    expect(errors).toBeUndefined();
    expect(data.districtCounts.slice(0, 3).map((d: { counts: object }) => d.counts)).toEqual([
      { registered: 1, transfersIn: 0, transfersOut: 1 }, { registered: 1, transfersIn: 1, transfersOut: 1 }, { registered: 0, transfersIn: 0, transfersOut: 0 },
    ]);
    expect(data.chiangMai.slice(0, 2).map((d: { counts: object }) => d.counts)).toEqual([
      { registered: 1, transfersIn: 1, transfersOut: 1 }, { registered: 1, transfersIn: 1, transfersOut: 0 },
    ]);
    const province = (code: string) => data.provinceCounts.find((p: { province: { code: string } }) => p.province.code === code).counts;
    expect([province('49'), province('50'), province('10')]).toEqual([
      { transfersIn: 1, transfersOut: 2 }, { transfersIn: 2, transfersOut: 1 }, { transfersIn: 0, transfersOut: 0 },
    ]);
    expect(data.nationalCounts).toEqual({ transfersIn: 3, transfersOut: 3 });
    const own = await districtOfficer.graphql('{ districtCounts(provinceCode: "49") { district { code } counts { transfersIn transfersOut } } }');
    expect(own.data.districtCounts).toEqual([{ district: { code: '4902' }, counts: { transfersIn: 1, transfersOut: 1 } }]);
  });

  it('answers an unknown province with a typed error', async () => {
    const body = await centre.graphql('{ districtCounts(provinceCode: "๙๙") { district { code } } }');
    expect(body.errors![0].extensions).toMatchObject({ code: 'GEOGRAPHY_UNKNOWN_PROVINCE', field: 'provinceCode' });
  });
});
