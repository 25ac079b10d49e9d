import { describe, expect, it } from '@jest/globals';
import { DomainError } from './domain-error.js';
import { errorLogLine } from './error-log-line.js';

describe('an error as a log line', () => {
  it('names a rejection by its code and field only', () => {
    const rejection = new DomainError('PHONE_MALFORMED', 'เบอร์ 08x ไม่ถูกต้อง', 'got "08x"', 'debtor.phone');
    expect(errorLogLine(rejection)).toBe('DomainError PHONE_MALFORMED [debtor.phone]');
  });

  it("keeps an error's class, code, PostgreSQL's names and stack frames, and drops its message, detail, context and values", () => {
    const error = Object.assign(new Error('invalid input syntax for type numeric: "นายสมชาย 0812345678"'), {
      code: '22P02', table: 'debt_cases', column: 'outstanding', routine: 'set_var_from_str',
      detail: 'Failing row contains (นายสมชาย, 0812345678).', where: "unnamed portal parameter $1 = 'นายสมชาย'",
    });
    const line = errorLogLine(error);
    expect(line).toMatch(/^Error 22P02 table=debt_cases column=outstanding routine=set_var_from_str \| at .*error-log-line\.spec\.ts/);
    expect(line).not.toMatch(/สมชาย|0812345678|Failing|portal|invalid input/);
    expect(line).not.toContain('\n');
    expect(errorLogLine('a string thrown')).toBe('a thrown string, not an Error');
  });
});
