import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { DocumentInput } from '@urql/core';
import type { FormEvent, ReactNode } from 'react';
import { useMutation } from 'urql';
import { GeneralErrors } from '../shared/form-errors';
import { formRefusals, useCommandId } from '../shared/form-support';

/** A command on a complaint: its input names the complaint and carries the command id. */
type CommandInput = { complaintId: string; commandId?: string | null };

/**
 * Sends one complaint command from a form: `send(fields)` adds the complaint and a command id, and calls `done` once
 * the service took it. The refusals come back by field (`shown`) and the rest.
 */
export function useComplaintCommand<Data, Input extends CommandInput>(
  document: DocumentInput<Data, { input: Input }>, complaintId: string, shown: readonly string[], done: (data: Data) => void,
) {
  const [{ fetching, error }, run] = useMutation(document);
  const commandIdOf = useCommandId();
  const { byField, general } = formRefusals(error, shown);
  async function send(fields: Omit<Input, 'complaintId' | 'commandId'>) {
    const request = { complaintId, ...fields };
    const answer = await run({ input: { ...request, commandId: commandIdOf(request) } as Input });
    if (answer.data && !answer.error) done(answer.data);
  }
  return { fetching, byField, general, send };
}

interface FrameProps {
  title: string;
  fetching: boolean;
  general: Parameters<typeof GeneralErrors>[0]['refusals'];
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}

/** The frame of an action's form: its title, the refusals naming no field, the fields, save and cancel. */
export function ActionFormFrame({ title, fetching, general, onSubmit, onCancel, children }: FrameProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={title}>
      <Stack>
        <Title order={3} size="h5">{title}</Title>
        <GeneralErrors refusals={general} />
        {children}
        <Group>
          <Button type="submit" loading={fetching}>บันทึก</Button>
          <Button variant="default" onClick={onCancel}>ยกเลิก</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
