import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { AssignForm, CloseForm, ForwardForm, MarkDuplicateForm, TextActionForm, type ActionProps } from './ActionForms';
import type { ComplaintPageData } from './complaints.graphql';
import { ACTION_TH, type ComplaintAction } from './labels';

function ActionFormOf({ action, ...props }: ActionProps & { action: ComplaintAction }) {
  switch (action) {
    case 'ASSIGN': return <AssignForm {...props} />;
    case 'FORWARD': return <ForwardForm {...props} />;
    case 'CLOSE': return <CloseForm {...props} />;
    case 'MARK_DUPLICATE': return <MarkDuplicateForm {...props} />;
    case 'RECORD_PROGRESS':
    case 'RESOLVE':
    case 'REOPEN': return <TextActionForm action={action} {...props} />;
  }
}

/**
 * The actions the complaint allows the signed-in account now (allowedActions), each a button opening its form below;
 * none at all, and so no section, for an account that may not act on it.
 */
export function ComplaintActions({ complaint, changed }: { complaint: ComplaintPageData; changed(action: ComplaintAction): void }) {
  const [open, setOpen] = useState<ComplaintAction | null>(null);
  const actions = complaint.allowedActions as ComplaintAction[];
  if (actions.length === 0) return null;
  const current = open && actions.includes(open) ? open : null;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">ดำเนินการ</Title>
        <Group data-testid="complaint-actions">
          {actions.map((action) => (
            <Button key={action} variant={current === action ? 'filled' : 'light'} aria-expanded={current === action}
              onClick={() => setOpen(current === action ? null : action)}>
              {ACTION_TH[action]}
            </Button>
          ))}
        </Group>
        {current && (
          <ActionFormOf key={current} action={current} complaint={complaint} cancel={() => setOpen(null)}
            done={() => { setOpen(null); changed(current); }} />
        )}
        {!current && <Text size="sm" c="dimmed">เลือกการดำเนินการที่ต้องการ</Text>}
      </Stack>
    </Paper>
  );
}
