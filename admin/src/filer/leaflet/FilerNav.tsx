import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';

const PAGES = [
  { to: '/filer', label: 'ยื่นแบบภาษีและค่าธรรมเนียม อบจ.' },
  { to: '/filer/leaflet-permits', label: 'ขออนุญาตโฆษณาด้วยแผ่นประกาศ' },
];

/** The signed-in filer's services: the PAO's monthly returns, and leaflet permits of a municipality, SAO or Pattaya. */
export function FilerNav() {
  const { pathname } = useLocation();
  return (
    <Group component="nav" aria-label="บริการออนไลน์" gap="xs">
      {PAGES.map((p) => (
        <Button key={p.to} component={Link} to={p.to} variant={pathname === p.to ? 'filled' : 'light'} aria-current={pathname === p.to ? 'page' : undefined}>
          {p.label}
        </Button>
      ))}
    </Group>
  );
}
