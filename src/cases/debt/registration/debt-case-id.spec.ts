import { describe, expect, it } from '@jest/globals';
import { commandKeyOf } from '../../../eventstore/event-ids.js';
import { commandIdOf } from '../../../identity/sessions/staff-context.js';
import { debtCaseIdFor } from './debt-case-id.js';

describe('debt case ids', () => {
  it("draws the case id from the command's key: the same account's command always names the same case, another account's another", () => {
    const id = debtCaseIdFor(commandKeyOf('account:a', '3f2c8a1e-0000-4000-8000-000000000001'));
    expect(id).toMatch(/^DEBT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(debtCaseIdFor(commandKeyOf('account:a', '3f2c8a1e-0000-4000-8000-000000000001'))).toBe(id);
    expect(debtCaseIdFor(commandKeyOf('account:b', '3f2c8a1e-0000-4000-8000-000000000001'))).not.toBe(id);
    const many = new Set(Array.from({ length: 2000 }, (_, i) => debtCaseIdFor(commandKeyOf('account:a', `command-${i}`))));
    expect(many.size).toBe(2000);
  });

  it("takes the client's command id, trimmed, or makes a fresh one; a blank or overlong one is refused", () => {
    expect(commandIdOf(' retry-7 ')).toBe('retry-7');
    expect(commandIdOf(undefined)).not.toBe(commandIdOf(null));
    expect(() => commandIdOf('  ')).toThrow(expect.objectContaining({ code: 'COMMAND_ID_INVALID', field: 'commandId' }));
    expect(() => commandIdOf('x'.repeat(201))).toThrow(expect.objectContaining({ code: 'COMMAND_ID_INVALID' }));
  });
});
