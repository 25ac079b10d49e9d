import { Button, Group, Stack } from '@mantine/core';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, type AnyVariables, type DocumentInput } from 'urql';
import { fieldMessages, refusalsOf, type Refusal } from '../../api/errors';
import { GeneralErrors } from '../../shared/form-errors';

/** A command id the service keeps a request by: the same while the input stays the same, so a resent request records nothing new. */
function newCommandId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `ui-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * One action on a case: sends `input` (with its command id) and calls `onDone` when the service took it. A choice
 * left empty (`missing`, see `unchosen`) is answered beside it without asking the service. Refusals come back
 * by field for the form's `fields`; the others (or those naming a field the form lacks) in `general`. Nothing typed
 * is cleared.
 */
export function useCaseAction<Data, Input extends { commandId?: string | null }>(
  document: DocumentInput<Data, { input: Input } & AnyVariables>, fields: readonly string[], onDone: (data: Data) => void,
) {
  const [{ fetching, error }, run] = useMutation(document);
  const sent = useRef<{ key: string; id: string }>(undefined);
  const [unchosen, setUnchosen] = useState<Record<string, string>>({});
  const refused = fieldMessages(refusalsOf(error));
  const byField = { ...refused.byField, ...unchosen };
  const general = refused.general;
  const unplaced: Refusal[] = Object.entries(byField).filter(([field]) => !fields.includes(field))
    .map(([field, messageTh]) => ({ code: 'FIELD', messageTh, messageEn: messageTh, field }));
  async function send(input: Omit<Input, 'commandId'>, missing: Record<string, string> = {}) {
    setUnchosen(missing);
    if (Object.keys(missing).length > 0) return;
    const key = JSON.stringify(input);
    if (sent.current?.key !== key) sent.current = { key, id: newCommandId() };
    const answer = await run({ input: { ...input, commandId: sent.current.id } as Input });
    if (answer.data && !answer.error) onDone(answer.data);
  }
  return { fetching, byField, general: [...general, ...unplaced], send };
}

interface ActionFormProps {
  label: string;
  fetching: boolean;
  general: Refusal[];
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}

/** The frame of an action's form: refusals naming no field on top, the fields, then save and cancel. */
export function ActionForm({ label, fetching, general, onSubmit, onCancel, children }: ActionFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack>
        <GeneralErrors refusals={general} />
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>ยกเลิก</Button>
          <Button type="submit" loading={fetching}>บันทึก</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The messages of the choices left empty: `{ method: [method, 'กรุณาเลือกวิธีการติดต่อ'] }`. */
export const unchosen = (choices: Record<string, [value: string, message: string]>): Record<string, string> =>
  Object.fromEntries(Object.entries(choices).filter(([, [value]]) => value === '').map(([field, [, message]]) => [field, message]));

/** The options of a NativeSelect from codes and their Thai names, after an empty "choose" line. */
export const optionsOf = <K extends string>(names: Partial<Record<K, string>>, keys: readonly K[] = Object.keys(names) as K[]) =>
  [{ value: '', label: 'กรุณาเลือก' }, ...keys.map((value) => ({ value, label: names[value] ?? value }))];
