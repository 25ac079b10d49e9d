import { DomainError } from './domain-error.js';

/**
 * Several refusals of one input, in the order of its fields. It is a DomainError itself, standing for the first
 * of them, so whatever shows one refusal still shows something true; the API and the import show them all.
 */
export class DomainErrors extends DomainError {
  constructor(readonly errors: readonly DomainError[]) {
    const [first] = errors;
    super(first.code, first.messageTh, first.messageEn, first.field);
    this.name = 'DomainErrors';
  }
}

/**
 * A refusal with its fields named as the caller's input names them (`names`: the decider's field → the input's), each
 * refusal kept in its order; a field not in `names`, or an error that is no DomainError, passes unchanged.
 */
export function withFieldsNamed(error: unknown, names: Readonly<Record<string, string>>): unknown {
  if (!(error instanceof DomainError)) return error;
  const renamed = refusalsOf(error).map((r) => (r.field && names[r.field] ? new DomainError(r.code, r.messageTh, r.messageEn, names[r.field]) : r));
  return renamed.length === 1 ? renamed[0] : new DomainErrors(renamed);
}

/** Every refusal an error stands for: the list of a DomainErrors, else the error alone. */
export function refusalsOf(error: DomainError): readonly DomainError[] {
  return error instanceof DomainErrors ? error.errors : [error];
}

type Parsed<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/**
 * The refusals of an input's fields, gathered so that a form with three bad fields hears of all three at once:
 * each field's parse runs, its value kept or its refusal noted, and `done` throws them together. A check that
 * needs earlier fields runs `after` them, once they have parsed.
 */
export class FieldErrors {
  private readonly errors: DomainError[] = [];

  /** The value `parse` returns, or undefined when it refuses (its refusals noted). */
  take<T>(parse: () => T): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.errors.push(...refusalsOf(error));
      return undefined;
    }
  }

  /** `parse` of the values given, when none of them failed (undefined); else undefined, their refusals standing. */
  after<A extends readonly unknown[], T>(given: readonly [...A], parse: (...values: Parsed<A>) => T): T | undefined {
    return given.some((value) => value === undefined) ? undefined : this.take(() => parse(...(given as unknown as Parsed<A>)));
  }

  /** Notes a refusal found outside a parse. */
  add(error: DomainError): void {
    this.errors.push(error);
  }

  /** Throws what was noted (one refusal as it is, several as DomainErrors); else returns the values, all parsed. */
  done<T extends object>(values: T): Parsed<T> {
    if (this.errors.length === 1) throw this.errors[0];
    if (this.errors.length > 1) throw new DomainErrors(this.errors);
    return values as Parsed<T>;
  }
}

/** Each field's parse, every one run: the values parsed, or the refusals of all at once. */
export function parseFields<T extends Record<string, () => unknown>>(parsers: T): { [K in keyof T]: ReturnType<T[K]> } {
  const fields = new FieldErrors();
  const values = Object.fromEntries(Object.entries(parsers).map(([name, parse]) => [name, fields.take(parse)]));
  return fields.done(values) as { [K in keyof T]: ReturnType<T[K]> };
}

/** Each entry of a list parsed, every one: the values, or the refusals of all at once. */
export function parseEach<I, T>(inputs: readonly I[], parse: (input: I, index: number) => T): T[] {
  const fields = new FieldErrors();
  const values = inputs.map((input, i) => fields.take(() => parse(input, i)));
  return fields.done(values) as T[];
}
