import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { DEBT_PERSONAL_FIELDS } from '../../cases/debt/debt-personal-fields.js';
import { deriveMasterKeys, open, seal, unwrapDataKey, wrapDataKey } from './envelope.js';
import { ERASED_MARKER } from './personal-data-shredder.js';
import { type KeyWant, keysWanted, openData, SEALED, sealData, sealedKeyIds } from './personal-fields.js';

const registered = {
  caseId: 'DC-1', districtCode: '1001', totalPrincipal: '50000.00',
  debtor: {
    citizenId: '๑๑๐๑๗๐๐๒๓๐๗๐๕', title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', phone: '0812345678', occupation: 'รับจ้าง',
    address: { line: '12 หมู่ 3', subdistrictCode: '100101', districtCode: '1001', provinceCode: '10' },
  },
  creditors: [
    { kind: 'PERSON', name: 'นายเงิน ทองมาก', citizenId: '3100500123458', companyId: null, phone: null, address: null },
    { kind: 'COMPANY', name: 'บริษัท ให้กู้ จำกัด', citizenId: null, companyId: '0107544000108', phone: '021234567', address: null },
  ],
  creditorKeys: ['ID:3100500123458', 'ID:0107544000108'],
  debts: [{ creditorIndex: 0, principal: '50000.00', collateral: 'โฉนดที่ดินของนายสมชาย' }],
  helpWanted: { kinds: ['MEDIATION'], note: 'ถูกทวงถามที่บ้านทุกวัน' },
};
const parts = DEBT_PERSONAL_FIELDS.DebtorRegistered;

/** One key per want, as the keyring would make them. */
function keysFor(wants: KeyWant[]) {
  const keys = new Map<string, { keyId: string; key: Buffer }>();
  for (const want of wants) {
    const ref = `${want.citizenId}/${want.role}`;
    if (!keys.has(ref)) keys.set(ref, { keyId: `key-${keys.size + 1}`, key: randomBytes(32) });
  }
  return { keys, refOf: (want: KeyWant) => `${want.citizenId}/${want.role}` };
}

function sealed() {
  const wants = keysWanted(parts, registered);
  const { keys, refOf } = keysFor(wants);
  const data = sealData(parts, registered, 'event-1', (want, associated, plaintext) => {
    const { keyId, key } = keys.get(refOf(want))!;
    return { keyId, box: seal(key, associated, plaintext) };
  });
  const byId = new Map([...keys.values()].map(({ keyId, key }) => [keyId, key]));
  return { wants, data, byId };
}

describe('personal fields of an event', () => {
  it('wants the debtor\'s key, the person creditor\'s, and the case\'s for the rest', () => {
    const { wants } = sealed();
    expect(wants).toEqual([
      { citizenId: '1101700230705', role: 'PRINCIPAL' },
      { citizenId: '3100500123458', role: 'PARTY' },
      { citizenId: null, role: 'CASE' },
      { citizenId: null, role: 'CASE' },
      { citizenId: null, role: 'CASE' },
    ]);
  });

  it('stores no personal value in plain, keeps codes and amounts, and leaves the given data as it was', () => {
    const before = JSON.stringify(registered);
    const { data } = sealed();
    const text = JSON.stringify(data);
    for (const value of ['1101700230705', '๑๑๐๑๗๐๐๒๓๐๗๐๕', 'สมชาย', 'ใจดี', '0812345678', '12 หมู่ 3', '3100500123458', 'ทองมาก', 'ทุกวัน', 'โฉนด']) {
      expect(text).not.toContain(value);
    }
    expect(text).toContain('"districtCode":"1001"');
    expect(text).toContain('"totalPrincipal":"50000.00"');
    expect((data as { debtor: Record<string, unknown> }).debtor[SEALED]).toMatchObject({ k: 'key-1', f: ['citizenId', 'title', 'firstName', 'lastName', 'phone', 'occupation', 'address.line'] });
    expect(JSON.stringify(registered)).toBe(before);
  });

  it('opens back to the data as written', () => {
    const { data, byId } = sealed();
    expect(sealedKeyIds(data)).toEqual(new Set(['key-1', 'key-2', 'key-3']));
    expect(openData(data, 'event-1', (keyId, associated, box) => open(byId.get(keyId)!, associated, box))).toEqual(registered);
  });

  it('shows the marker in every field of a part whose key is gone, one marker for a list, and opens the others', () => {
    const { data, byId } = sealed();
    const opened = openData(data, 'event-1', (keyId, associated, box) => (keyId === 'key-2' ? open(byId.get(keyId)!, associated, box) : undefined)) as typeof registered;
    expect(opened.debtor).toEqual({
      citizenId: ERASED_MARKER, title: ERASED_MARKER, firstName: ERASED_MARKER, lastName: ERASED_MARKER, phone: ERASED_MARKER,
      occupation: ERASED_MARKER, address: { line: ERASED_MARKER, subdistrictCode: '100101', districtCode: '1001', provinceCode: '10' },
    });
    expect(opened.creditors[0]).toEqual(registered.creditors[0]);
    expect(opened.creditors[1].name).toBe(ERASED_MARKER);
    expect(opened.creditorKeys).toEqual([ERASED_MARKER]);
    expect(opened.helpWanted).toEqual({ kinds: ['MEDIATION'], note: ERASED_MARKER });
  });

  it('refuses a box moved to another event or part (the associated data is bound in)', () => {
    const { data, byId } = sealed();
    expect(() => openData(data, 'event-2', (keyId, associated, box) => open(byId.get(keyId)!, associated, box))).toThrow();
  });

  it('wraps a data key for its row only', () => {
    const master = deriveMasterKeys(randomBytes(32));
    const dataKey = randomBytes(32);
    const wrapped = wrapDataKey(master, 'a', dataKey);
    expect(unwrapDataKey(master, 'a', wrapped)).toEqual(dataKey);
    expect(() => unwrapDataKey(master, 'b', wrapped)).toThrow();
    expect(() => unwrapDataKey(deriveMasterKeys(randomBytes(32)), 'a', wrapped)).toThrow();
  });
});
