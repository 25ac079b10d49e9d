import { expect } from '@jest/globals';
import { fold, type Decider, type DomainEvent } from '../../src/shared/decider.js';
import { DomainError } from '../../src/shared/domain-error.js';

/**
 * given(decider, pastEvents).when(command).then(expectedEvents) / .thenRejects(code, field?):
 * decider specs in one line each, without Nest or a store.
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
          expect(error.code).toBe(code);
          if (field !== undefined) expect(error.field).toBe(field);
          expect(error.messageTh).toMatch(/[\u0E00-\u0E7F]/);
          return error;
        },
      };
    },
  };
}
