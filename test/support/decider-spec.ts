import { expect } from '@jest/globals';
import { fold, type Decider, type DomainEvent } from '../../src/shared/decider.js';
import { DomainError } from '../../src/shared/domain-error.js';
import { refusalsOf } from '../../src/shared/field-errors.js';

/**
 * given(decider, pastEvents).when(command).then(expectedEvents) / .thenRejects(code, field?) (one refusal, no
 * more) / .thenRejectsAll([[code, field], …]) (every refusal, in order): decider specs in one line each, without Nest
 * or a store.
 */
export function given<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, past: readonly E[] = []) {
  return {
    when(command: C) {
      let produced: E[] | undefined;
      let rejection: unknown;
      try {
        produced = decider.decide(command, fold(decider, past));
      } catch (error) {
        rejection = error;
      }
      return {
        then(expected: readonly E[]): E[] {
          if (rejection) throw rejection;
          expect(produced).toEqual(expected);
          return produced!;
        },
        thenRejects(code: string, field?: string): DomainError {
          expect(rejection).toBeInstanceOf(DomainError);
          const error = rejection as DomainError;
          expect(refusalsOf(error).map((e) => [e.code, e.field])).toEqual([[code, field ?? error.field]]);
          expect(error.messageTh).toMatch(/[\u0E00-\u0E7F]/);
          return error;
        },
        thenRejectsAll(expected: [code: string, field: string][]): readonly DomainError[] {
          expect(rejection).toBeInstanceOf(DomainError);
          const errors = refusalsOf(rejection as DomainError);
          expect(errors.map((e) => [e.code, e.field])).toEqual(expected);
          for (const error of errors) expect([error.messageTh, error.messageEn]).toEqual([expect.stringMatching(/[\u0E00-\u0E7F]/), expect.any(String)]);
          return errors;
        },
      };
    },
  };
}
