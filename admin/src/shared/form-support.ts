import type { CombinedError } from '@urql/core';
import { useRef } from 'react';
import { fieldMessages, refusalsOf, type Refusal } from '../api/errors';
import { newCommandId } from './command-id';

/**
 * The server's refusals of a form: by field (the input path without `input.`) for those the form shows beside a
 * field, and every other one (no field, or a field the form does not show) for the form's general errors.
 */
export function formRefusals(error: CombinedError | undefined, shown: readonly string[]) {
  const { byField, general } = fieldMessages(refusalsOf(error));
  const elsewhere: Refusal[] = Object.entries(byField)
    .filter(([field]) => !shown.includes(field))
    .map(([field, messageTh]) => ({ code: 'FIELD', messageTh, messageEn: messageTh, field }));
  return { byField, general: [...general, ...elsewhere] };
}

/**
 * A command id per request: the same request sent again (after a lost answer) keeps its id, so the service stores
 * it once; a changed request gets a new one.
 */
export function useCommandId(): (request: unknown) => string {
  const last = useRef<{ key: string; id: string } | null>(null);
  return (request) => {
    const key = JSON.stringify(request);
    if (last.current?.key !== key) last.current = { key, id: newCommandId() };
    return last.current.id;
  };
}
