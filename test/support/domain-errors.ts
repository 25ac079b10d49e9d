import { DomainError } from '../../src/shared/domain-error.js';

/** The DomainError `action` throws; fails the test when it throws nothing or something else. */
export function errorOf(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

/** The DomainError `action` rejects with; fails the test when it resolves or rejects with something else. */
export async function rejection(action: Promise<unknown>): Promise<DomainError> {
  try {
    await action;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}
