import { Alert, Box, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { instantText } from '../shared/dates';
import { Loading } from '../shared/Loading';
import { FilerHome } from './FilerHome';
import { SIGNED_IN_FILER } from './filer.graphql';
import { FilerNav } from './leaflet/FilerNav';

/** A public page: whatever staff session the browser holds, its answer never asks anyone to sign in. */
const PUBLIC_CONTEXT = { sessionCheck: false, requestPolicy: 'network-only' as const };

/** Why a sign-in came back without a filer session (the callback's typed refusal, `?error=CODE`). */
const REFUSED_TH: Record<string, string> = {
  FILER_SIGN_IN_EXPIRED: 'การเข้าสู่ระบบหมดเวลาหรือไม่ได้เริ่มจากเครื่องนี้ กรุณาเริ่มใหม่',
  FILER_SIGN_IN_REFUSED: 'D.DOPA ไม่ยืนยันตัวตน กรุณาลองใหม่',
  FILER_CITIZEN_ID_MISSING: 'ข้อมูลจาก D.DOPA ไม่มีเลขประจำตัวประชาชน',
  CITIZEN_ID_FORMAT: 'เลขประจำตัวประชาชนจาก D.DOPA ไม่ครบ 13 หลัก',
  CITIZEN_ID_CHECK_DIGIT: 'เลขประจำตัวประชาชนจาก D.DOPA ไม่ถูกต้อง',
  FILER_ISSUER_UNAVAILABLE: 'ติดต่อ D.DOPA ไม่ได้ในขณะนี้ กรุณาลองใหม่ภายหลัง',
  FILER_SIGN_IN_NOT_CONFIGURED: 'ระบบนี้ยังไม่ได้ตั้งค่าการยืนยันตัวตนด้วย D.DOPA',
};

/**
 * `/filer`: a citizen filer (ผู้ยื่นแบบ) signs in with D.DOPA, then files their businesses' monthly returns and sees
 * the assessments and bills (FilerHome), or, on a sub-page, its `children` (leaflet permits); signs out.
 */
export function FilerPage({ children }: { children?: ReactNode }) {
  const [{ data, fetching }, refetch] = useQuery({ query: SIGNED_IN_FILER, context: PUBLIC_CONTEXT });
  const [params] = useSearchParams();
  const refused = params.get('error');
  const [signingOut, setSigningOut] = useState(false);
  const filer = data?.filer;

  async function signOut() {
    setSigningOut(true);
    await fetch('/filer/sign-out', { method: 'POST', credentials: 'same-origin' });
    setSigningOut(false);
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Box bg="gray.1" mih="100vh" component="main" py="xl" px="md">
      <Container size="md">
        <Stack gap="lg">
          <Paper shadow="sm" p="xl" radius="md">
            <Stack>
              <div>
                <Title order={1} size="h2">ยื่นแบบออนไลน์</Title>
                <Text c="dimmed">ค่าธรรมเนียมโรงแรม ภาษีน้ำมัน และภาษียาสูบของ อบจ. และขออนุญาตโฆษณาด้วยแผ่นประกาศ: ยืนยันตัวตนด้วย D.DOPA ของกรมการปกครอง</Text>
              </div>
              {refused && !filer && (
                <Alert color="red" title="เข้าสู่ระบบไม่สำเร็จ" data-testid="filer-refused">{REFUSED_TH[refused] ?? 'กรุณาลองใหม่'}</Alert>
              )}
              {!data && fetching ? <Loading /> : filer ? (
                <Group justify="space-between" data-testid="filer-signed-in">
                  <div>
                    <Text fw={600} size="lg">สวัสดี {filer.name ?? 'ผู้ยื่นแบบ'}</Text>
                    <Text size="sm">เลขประจำตัวประชาชน {filer.citizenIdMasked} · เข้าสู่ระบบถึง {instantText(filer.sessionExpiresAt)}</Text>
                  </div>
                  <Button variant="default" loading={signingOut} onClick={() => void signOut()}>ออกจากระบบ</Button>
                </Group>
              ) : data?.filerSignInAvailable ? (
                <Button component="a" href="/filer/sign-in" size="md" w="fit-content">เข้าสู่ระบบด้วย D.DOPA</Button>
              ) : (
                <Alert color="yellow" title="ยังเข้าสู่ระบบด้วย D.DOPA ไม่ได้" data-testid="filer-unavailable">
                  ระบบนี้ยังไม่ได้ตั้งค่าการยืนยันตัวตนด้วย D.DOPA กรุณาติดต่อองค์กรปกครองส่วนท้องถิ่น
                </Alert>
              )}
            </Stack>
          </Paper>
          {filer && <FilerNav />}
          {filer && (children ?? <FilerHome />)}
        </Stack>
      </Container>
    </Box>
  );
}
