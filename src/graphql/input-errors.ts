import { DomainError } from '../shared/domain-error.js';

/** graphql's scalars as the Thai message names what a field takes. */
const KINDS_TH: Record<string, string> = { Int: 'จำนวนเต็ม', Float: 'ตัวเลข', Boolean: 'ค่าจริงหรือเท็จ', String: 'ข้อความ', ID: 'รหัส' };

/**
 * What is wrong with an operation's arguments as the schema sees them, before any decider does: the same three
 * codes whether the value came as a literal in the document or in a variable, each naming the field as the
 * deciders do (`debtor.citizenId` inside the `input` argument, `reason`, `filter.text`; the `input` argument itself
 * is `input`).
 */
export const inputErrors = {
  /** A required argument or input field left out, or null. */
  required: (field: string) =>
    new DomainError('INPUT_REQUIRED', 'ต้องระบุข้อมูลช่องนี้', 'A value is required in this field', field || 'input'),
  /** A field or argument the operation does not have. */
  unknown: (field: string) =>
    new DomainError('INPUT_FIELD_UNKNOWN', 'ไม่มีช่องข้อมูลนี้ในคำขอนี้ กรุณาตรวจสอบชื่อช่อง', 'There is no such field here; check its name', field || 'input'),
  /** A value its type does not take: "12a" for an Int, a misspelt enum value, a text where an object belongs. */
  invalid: (typeName: string, field: string, isEnum = false) => {
    const kind = isEnum ? 'ค่าใดค่าหนึ่งที่กำหนดไว้' : KINDS_TH[typeName] ?? `ค่าแบบ ${typeName}`;
    return new DomainError('INPUT_VALUE_INVALID', `ค่าในช่องนี้ไม่ถูกต้อง ต้องเป็น${kind}`, `The value is not a valid ${typeName}`, field || 'input');
  },
};
