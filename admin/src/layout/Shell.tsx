import { AppShell, Burger, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { opensTo } from '../feature';
import { FEATURES } from '../features';
import { useAccount, useSession } from '../session/session-context';
import { Loading } from '../shared/Loading';
import { SideMenu } from './SideMenu';
import { LEVEL_TH } from '../shared/labels';

/** The office and, when its name does not say it already (กรมการปกครอง (ส่วนกลาง)), the level in brackets. */
const officeWithLevel = (officeNameTh: string, levelTh: string) => (officeNameTh.includes(levelTh) ? officeNameTh : `${officeNameTh} (${levelTh})`);

/** The signed-in frame: who is signed in (name, position, office), the menu of their level (SideMenu), sign-out. */
export function Shell() {
  const account = useAccount();
  const { signOut } = useSession();
  const [opened, { toggle }] = useDisclosure();
  const { pathname } = useLocation();
  const items = [{ to: '/', label: 'หน้าหลัก', levels: undefined }, ...FEATURES.flatMap((f) => (f.nav ?? []).map((item) => ({ ...item, section: f.navSection })))]
    .filter((item) => item.to === '/' || opensTo(item.levels, account.level))
    .filter((item) => !('shown' in item && item.shown) || item.shown(account))
    .map((item) => ('toOf' in item && item.toOf ? { ...item, to: item.toOf(account) } : item));
  const leads = (to: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));
  // The link nearest the page is the current one: on /debt-cases/new that is the registration, not the list.
  const current = items.map((item) => item.to).filter(leads).sort((a, b) => b.length - a.length)[0];
  const active = (to: string) => to === current;
  const officeLine = `${account.positionTh} · ${officeWithLevel(account.officeNameTh, LEVEL_TH[account.level])}`;
  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="เมนู" />
            <Title order={2} size="h3" style={{ whiteSpace: 'nowrap' }}>ระบบดำรง</Title>
          </Group>
          <Group wrap="nowrap" gap="md" miw={0}>
            <Stack gap={0} align="flex-end" miw={0} data-testid="who-am-i">
              <Text size="sm" fw={600} truncate="end" maw="100%">{account.title}{account.firstName} {account.lastName}</Text>
              <Text size="xs" c="dimmed" truncate="end" maw="100%" visibleFrom="sm">{officeLine}</Text>
            </Stack>
            <Button variant="default" size="xs" flex="none" onClick={() => void signOut()}>ออกจากระบบ</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="เมนูหลัก">
        {/* A phone's top bar holds only the name: the office is read here, at the top of the menu. */}
        <Text size="xs" c="dimmed" hiddenFrom="sm" px="sm" pb="xs" data-testid="who-am-i-office">{officeLine}</Text>
        <SideMenu links={items} active={active} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
