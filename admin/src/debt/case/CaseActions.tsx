import { Button, Group, Modal, Paper, Text, Title } from '@mantine/core';
import { useState, type ComponentType } from 'react';
import type { DebtCaseAction, DebtCaseDetail } from './case.graphql';
import { ACTION_TH } from './case-labels';
import type { CaseFormProps } from './case-form-props';
import { CloseForm } from './CloseForm';
import { ContactForm } from './ContactForm';
import { OutcomeForm } from './OutcomeForm';
import { ReferForm } from './ReferForm';
import { ReopenForm } from './ReopenForm';
import { ScheduleForm } from './ScheduleForm';
import { TransferForm } from './TransferForm';

const FORMS: Partial<Record<DebtCaseAction, ComponentType<CaseFormProps>>> = {
  RECORD_CONTACT_ATTEMPT: ContactForm,
  SCHEDULE_MEDIATION: ScheduleForm,
  RECORD_MEDIATION_OUTCOME: OutcomeForm,
  TRANSFER: TransferForm,
  REFER: ReferForm,
  CLOSE: CloseForm,
  REOPEN: ReopenForm,
};

/**
 * The actions the case allows the signed-in account now (allowedActions), each a button opening its form in a
 * dialog; none offered, a line saying so. `onDone` gets the action the service took.
 */
export function CaseActions({ detail, onDone }: { detail: DebtCaseDetail; onDone(action: DebtCaseAction): void }) {
  const [open, setOpen] = useState<DebtCaseAction | null>(null);
  const offered = (Object.keys(FORMS) as DebtCaseAction[]).filter((action) => detail.allowedActions.includes(action));
  const Form = open ? FORMS[open] : undefined;
  const close = () => setOpen(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-actions-title" data-testid="case-actions">
      <Title order={2} size="h4" id="case-actions-title" mb="sm">การดำเนินการ</Title>
      {offered.length === 0 ? <Text c="dimmed">ไม่มีการดำเนินการที่ท่านทำได้กับเรื่องนี้ในขณะนี้</Text> : (
        <Group gap="sm">
          {offered.map((action) => (
            <Button key={action} variant={action === 'CLOSE' ? 'outline' : 'filled'} onClick={() => setOpen(action)}>{ACTION_TH[action]}</Button>
          ))}
        </Group>
      )}
      <Modal opened={Form !== undefined} onClose={close} title={open ? ACTION_TH[open] : ''} size="lg" transitionProps={{ duration: 0 }}
        closeButtonProps={{ 'aria-label': 'ปิด' }}>
        {Form && open && (
          <Form caseId={detail.caseId} detail={detail} onCancel={close} onDone={() => { close(); onDone(open); }} />
        )}
      </Modal>
    </Paper>
  );
}
