import { Alert, List } from '@mantine/core';
import type { Refusal } from '../api/errors';

/** Refusals naming no field, above a form (role=alert: read out when they appear). */
export function GeneralErrors({ refusals, title = 'บันทึกไม่สำเร็จ' }: { refusals: Refusal[]; title?: string }) {
  if (refusals.length === 0) return null;
  return (
    <Alert color="red" title={title} role="alert" data-testid="form-errors">
      {refusals.length === 1 ? refusals[0].messageTh : (
        <List size="sm">{refusals.map((r, i) => <List.Item key={i}>{r.messageTh}</List.Item>)}</List>
      )}
    </Alert>
  );
}
