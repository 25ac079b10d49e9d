import type { CombinedError } from '@urql/core';
import { useRef } from 'react';
import { fieldMessages, refusalsOf, type Refusal } from '../api/errors';

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
    if (last.current?.key !== key) last.current = { key, id: randomId() };
    return last.current.id;
  };
}

/** 128 random bits in hex (crypto.randomUUID needs a secure context; an office network may serve plain HTTP). */
const randomId = (): string => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
