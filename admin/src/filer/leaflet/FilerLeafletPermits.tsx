import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { FilerLeafletView } from './FilerLeafletView';
import type { RequestedLeafletPermit } from './leaflet-online.graphql';
import { LeafletRequestForm } from './LeafletRequestForm';
import { MyLeafletPermits } from './MyLeafletPermits';

/**
 * `/filer/leaflet-permits`, signed in: the filer's leaflet permit requests; `?new=1` the request form, `?permit=<id>`
 * one request whole.
 */
export function FilerLeafletPermits() {
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<string | null>(null);
  const [requested, setRequested] = useState<RequestedLeafletPermit | null>(null);
  const open = params.get('permit');
  if (open) return <FilerLeafletView id={open} onBack={() => setParams({})} />;
  if (params.get('new')) {
    return <LeafletRequestForm onCancel={() => setParams({})} onRequested={(permit) => { setNotice(`ยื่นคำขอเลขที่ ${permit.permitId} แล้ว`); setRequested(permit); setParams({}); }} />;
  }
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2} size="h3">ขออนุญาตโฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ</Title>
        <Button onClick={() => setParams({ new: '1' })}>ยื่นคำขอใหม่</Button>
      </Group>
      {notice && <Alert color="green" title={notice} data-testid="leaflet-requested" withCloseButton closeButtonLabel="ปิดข้อความ" onClose={() => setNotice(null)}>
        เจ้าหน้าที่ของ อปท. จะตรวจสอบและพิจารณาภายในวันที่แสดงในรายการ</Alert>}
      <MyLeafletPermits onOpen={(id) => setParams({ permit: id })} awaiting={requested} />
    </Stack>
  );
}
