import { Alert, Button, Code, CopyButton, Stack, Text } from '@mantine/core';

interface OneTimePasswordProps {
  holder: { title: string; firstName: string; lastName: string; citizenId: string };
  /** Null when a retried request found the account made before: no password can be shown again. */
  password: string | null;
}

/** The one-time password to hand to the holder, shown this once, with the user name it goes with. */
export function OneTimePassword({ holder, password }: OneTimePasswordProps) {
  if (password === null) {
    return (
      <Alert color="yellow" title="ไม่มีรหัสผ่านให้แสดง" role="status">
        บัญชีนี้สร้างไว้แล้วจากคำขอก่อนหน้า ระบบแสดงรหัสผ่านใช้ครั้งเดียวได้ครั้งเดียวเท่านั้น หากไม่ได้บันทึกไว้ ให้ตั้งรหัสผ่านใหม่ให้บัญชีนี้
      </Alert>
    );
  }
  return (
    <Alert color="green" title="รหัสผ่านใช้ครั้งเดียว" role="status" data-testid="one-time-password">
      <Stack gap="xs">
        <Text>ของ {holder.title}{holder.firstName} {holder.lastName}</Text>
        <Text>ชื่อผู้ใช้ (เลขประจำตัวประชาชน): <Code fz="md">{holder.citizenId}</Code></Text>
        <Code block fz={28} fw={700} ta="center" lang="en" data-testid="one-time-password-value">{password}</Code>
        <CopyButton value={password}>
          {({ copied, copy }) => <Button variant="default" onClick={copy}>{copied ? 'คัดลอกแล้ว' : 'คัดลอกรหัสผ่าน'}</Button>}
        </CopyButton>
        <Text size="sm">
          แจ้งรหัสผ่านนี้แก่เจ้าของบัญชีโดยตรง ระบบจะไม่แสดงรหัสผ่านนี้อีก เมื่อเข้าสู่ระบบครั้งแรก เจ้าของบัญชีต้องตั้งรหัสผ่านของตนเอง
        </Text>
      </Stack>
    </Alert>
  );
}
