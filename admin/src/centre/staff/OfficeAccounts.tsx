import { Alert, Button, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldMessages, refusalsOf } from '../../api/errors';
import { readFragment } from '../../graphql';
import { GeneralErrors } from '../../shared/form-errors';
import { Loading } from '../../shared/Loading';
import { AccountsTable, type AccountAction } from './AccountsTable';
import { CreateAccountDialog } from './CreateAccountDialog';
import { MoveDialog } from './MoveDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { SuspendDialog } from './SuspendDialog';
import { REINSTATE_STAFF_ACCOUNT, STAFF_ACCOUNT_FIELDS, STAFF_ACCOUNTS, STAFF_OFFICE, type StaffAccountRow } from './staff.graphql';

const PAGE = 50;
/** A list that was empty holds no StaffAccount: a new account must still refresh it. */
const LIST_CONTEXT = { additionalTypenames: ['StaffAccount'] };

type Dialog = { kind: 'create' } | { kind: Exclude<AccountAction, 'reinstate'>; account: StaffAccountRow };

/** One office's accounts, a page at a time, with what the signed-in account may do with them. */
export function OfficeAccounts({ officeCode, province }: { officeCode: string; province?: string }) {
  const [{ data: office }] = useQuery({ query: STAFF_OFFICE, variables: { officeCode } });
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, fetching, error }] = useQuery({
    query: STAFF_ACCOUNTS, variables: { officeCode, first: PAGE, after: cursors[cursors.length - 1] }, context: LIST_CONTEXT,
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reinstated, reinstate] = useMutation(REINSTATE_STAFF_ACCOUNT);
  const refused = fieldMessages(refusalsOf(error ?? reinstated.error)).general;
  const list = data?.staffAccounts;
  const accounts = (list?.edges ?? []).map((e) => readFragment(STAFF_ACCOUNT_FIELDS, e.node));
  const nameTh = office?.staffOffice?.nameTh ?? '';
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  async function act(action: AccountAction, account: StaffAccountRow) {
    setNotice(null);
    if (action !== 'reinstate') return setDialog({ kind: action, account });
    const answer = await reinstate({ input: { accountId: account.id } });
    if (answer.data) setNotice(`คืนสิทธิการใช้งานบัญชีของ ${account.title}${account.firstName} ${account.lastName} แล้ว`);
  }

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3">{nameTh}</Title>
          {list && <Text c="dimmed" size="sm">{list.totalCount.toLocaleString('th-TH')} บัญชี</Text>}
        </div>
        {(office?.staffOffice?.registrableLevels.length ?? 0) > 0 && (
          <Button onClick={() => { setNotice(null); setDialog({ kind: 'create' }); }}>สร้างบัญชีผู้ใช้งาน</Button>
        )}
      </Group>
      {notice && <Alert color="green" role="status" data-testid="staff-notice" withCloseButton closeButtonLabel="ปิดข้อความ" onClose={() => setNotice(null)}>{notice}</Alert>}
      <GeneralErrors refusals={refused} title="ดำเนินการไม่สำเร็จ" />
      {!list && fetching ? <Loading /> : accounts.length === 0 ? <Text>ยังไม่มีบัญชีผู้ใช้งานของหน่วยงานนี้</Text> : (
        <AccountsTable label={`บัญชีผู้ใช้งานของ${nameTh}`} accounts={accounts} onAction={(action, account) => void act(action, account)} />
      )}
      {(cursors.length > 1 || list?.pageInfo.hasNextPage) && (
        <Group>
          <Button variant="default" disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>หน้าก่อน</Button>
          <Button variant="default" disabled={!list?.pageInfo.hasNextPage}
            onClick={() => setCursors((c) => [...c, list?.pageInfo.endCursor ?? null])}>หน้าถัดไป</Button>
        </Group>
      )}
      {dialog?.kind === 'create' && office?.staffOffice && <CreateAccountDialog office={office.staffOffice} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'suspend' && <SuspendDialog account={dialog.account} onClose={() => setDialog(null)} onDone={done} />}
      {dialog?.kind === 'move' && <MoveDialog account={dialog.account} province={province} onClose={() => setDialog(null)} onDone={done} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog account={dialog.account} onClose={() => setDialog(null)} />}
    </>
  );
}
