import { Button, Group, Stack, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { NotAllowed } from '../layout/NotAllowed';
import { useAccount } from '../session/session-context';
import { GeneralErrors } from '../shared/form-errors';
import { DUPLICATE_CHECK, RECEIVE } from './complaints.graphql';
import { formRefusals, useCommandId } from '../shared/form-support';
import {
  AccusedFieldset, ComplainantFieldset, INTAKE_FIELDS, LocationFieldset, ReceiptFieldset, SubjectFieldset,
} from './IntakeFieldsets';
import { duplicateCheckOf, emptyIntake, receiveInputOf, type IntakeForm } from './intake-form';
import { placeOfOffice } from '../shared/PlaceFields';
import { PossibleDuplicates } from './PossibleDuplicates';

const NO_CHECK = { citizenId: null };

/** `/complaints/new`: รับเรื่องร้องเรียนร้องทุกข์, with the possible duplicates shown before it is saved. */
export function IntakePage() {
  const account = useAccount();
  const navigate = useNavigate();
  const [form, setForm] = useState<IntakeForm>(() => emptyIntake(placeOfOffice(account.officeCode)));
  const [refusedHere, setRefusedHere] = useState<Record<string, string>>({});
  const [{ fetching, error }, receive] = useMutation(RECEIVE);
  const commandIdOf = useCommandId();
  // Debounced by its text: a new object each render would restart the wait for ever.
  const [checkText] = useDebouncedValue(JSON.stringify(duplicateCheckOf(form)), 400);
  const check = useMemo(() => JSON.parse(checkText) as ReturnType<typeof duplicateCheckOf>, [checkText]);
  const [duplicates] = useQuery({ query: DUPLICATE_CHECK, variables: { input: check ?? NO_CHECK }, pause: !check || !account.mayWorkCases });
  if (!account.mayWorkCases) return <NotAllowed />;

  const { byField, general } = formRefusals(error, INTAKE_FIELDS);
  const errors = { ...byField, ...refusedHere };
  const set = (patch: Partial<IntakeForm>) => setForm((current) => ({ ...current, ...patch }));
  const part = { form, set, errors };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const made = receiveInputOf(form);
    setRefusedHere('refused' in made ? made.refused : {});
    if ('refused' in made) return;
    const answer = await receive({ input: { ...made.input, commandId: commandIdOf(made.input) } });
    const received = answer.data?.receiveComplaint.complaint;
    if (received) navigate(`/complaints/${received.complaintId}`, { state: { receivedTrackingCode: received.trackingCode } });
  }

  return (
    <Stack>
      <Title order={1} size="h2">รับเรื่องร้องเรียนร้องทุกข์</Title>
      <form onSubmit={submit} noValidate aria-label="รับเรื่องร้องเรียนร้องทุกข์">
        <Stack>
          <GeneralErrors refusals={general} />
          <ReceiptFieldset {...part} />
          <ComplainantFieldset {...part} />
          <SubjectFieldset {...part} />
          <LocationFieldset {...part} />
          <AccusedFieldset {...part} />
          <section aria-label="ตรวจสอบการร้องเรียนซ้ำซ้อน" aria-live="polite">
            {check && duplicates.data?.possibleDuplicateComplaints && <PossibleDuplicates found={duplicates.data.possibleDuplicateComplaints} />}
          </section>
          <Group>
            <Button type="submit" loading={fetching}>บันทึกรับเรื่อง</Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
