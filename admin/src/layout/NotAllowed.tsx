import { Alert, Title } from '@mantine/core';

/** A page the signed-in level may not open, or one that does not exist. */
export function NotAllowed({ missing = false }: { missing?: boolean }) {
  return (
    <>
      <Title order={1} size="h2" mb="md">{missing ? 'ไม่พบหน้านี้' : 'ไม่มีสิทธิ์เข้าถึง'}</Title>
      <Alert color="gray">{missing ? 'ไม่มีหน้าที่ท่านเรียก' : 'บัญชีของท่านเปิดหน้านี้ไม่ได้'}</Alert>
    </>
  );
}
