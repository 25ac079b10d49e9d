import { describe, expect, it } from '@jest/globals';
import { DomainError } from './domain-error.js';
import { DomainErrors, FieldErrors, parseEach, parseFields, refusalsOf, withFieldsNamed } from './field-errors.js';
import { requireText } from './text-input.js';

const refused = (field: string) => new DomainError('TEXT_REQUIRED', 'กรุณากรอกข้อมูลช่องนี้', 'This field is required', field);
const thrown = (action: () => unknown): unknown => {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};
const fieldsOf = (error: unknown) => refusalsOf(error as DomainError).map((e) => e.field);

describe('field errors: every refusal of an input at once', () => {
  it('returns the values when every field parses', () => {
    expect(parseFields({ a: () => requireText(' x ', 'a'), b: () => null })).toEqual({ a: 'x', b: null });
    expect(parseEach(['1', '2'], (text, i) => `${i}:${text}`)).toEqual(['0:1', '1:2']);
  });

  it('throws one refusal as it is, and several as DomainErrors in the order of the fields, standing for the first', () => {
    const one = thrown(() => parseFields({ a: () => requireText('', 'a'), b: () => 'b' }));
    expect(one).not.toBeInstanceOf(DomainErrors);
    expect(one).toMatchObject({ code: 'TEXT_REQUIRED', field: 'a' });
    const several = thrown(() => parseFields({ a: () => requireText('', 'a'), b: () => 'b', c: () => requireText(' ', 'c') }));
    expect(several).toBeInstanceOf(DomainErrors);
    expect(several).toBeInstanceOf(DomainError);
    expect(several).toMatchObject({ code: 'TEXT_REQUIRED', field: 'a' });
    expect(fieldsOf(several)).toEqual(['a', 'c']);
  });

  it('flattens the refusals of nested parses, and checks a field that needs others only once they parsed', () => {
    const fields = new FieldErrors();
    const person = fields.take(() => parseFields({ first: () => requireText('', 'person.first'), last: () => requireText('', 'person.last') }));
    const list = fields.take(() => parseEach(['x', ''], (text, i) => requireText(text, `list[${i}]`)));
    let checked = false;
    fields.after([person, list], () => (checked = true));
    fields.add(refused('other'));
    expect(fieldsOf(thrown(() => fields.done({ person, list })))).toEqual(['person.first', 'person.last', 'list[1]', 'other']);
    expect(checked).toBe(false);
  });

  it('lets anything but a refusal through at once', () => {
    const fields = new FieldErrors();
    expect(() => fields.take(() => {
      throw new TypeError('a bug');
    })).toThrow(TypeError);
  });

  it('names the fields of refusals as the caller\'s input names them, in their order, and passes anything else unchanged', () => {
    const named = withFieldsNamed(new DomainErrors([refused('filer.position'), refused('period')]), { 'filer.position': 'position' });
    expect(named).toBeInstanceOf(DomainErrors);
    expect(fieldsOf(named)).toEqual(['position', 'period']);
    expect((withFieldsNamed(refused('filer.position'), { 'filer.position': 'position' }) as DomainError).field).toBe('position');
    const other = new Error('not a refusal');
    expect(withFieldsNamed(other, { a: 'b' })).toBe(other);
  });
});
