import { Collapse, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { NavItem } from '../feature';

/** A link of the menu as the signed-in account sees it, with the section of its feature (none for the home page). */
export interface MenuLink extends Pick<NavItem, 'to' | 'label'> {
  section?: string;
}

interface Props {
  links: MenuLink[];
  active(to: string): boolean;
}

/** The links under one heading; the heading folds and unfolds them (open at first), saying which it is to a screen reader. */
function MenuSection({ title, links, active }: { title: string } & Props) {
  const [opened, setOpened] = useState(true);
  const id = useId();
  return (
    <div>
      <UnstyledButton onClick={() => setOpened((o) => !o)} aria-expanded={opened} aria-controls={id} w="100%" px="sm" pt="sm" pb={4}
        style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Text size="xs" fw={700} c="dark.5">{title}</Text>
        <Text size="xs" c="dark.5" aria-hidden>{opened ? '▾' : '▸'}</Text>
      </UnstyledButton>
      <Collapse in={opened} id={id}>
        {links.map((link) => <MenuLinkItem key={link.to} link={link} active={active} />)}
      </Collapse>
    </div>
  );
}

function MenuLinkItem({ link, active }: { link: MenuLink; active(to: string): boolean }) {
  return <NavLink component={Link} to={link.to} label={link.label} active={active(link.to)} aria-current={active(link.to) ? 'page' : undefined} />;
}

/**
 * The side menu's links, grouped under their features' sections in the order they come (the home page first, on its
 * own), inside a column that scrolls by itself: however many pages a level opens, each is reachable at 768 px, and the
 * page beside it never moves.
 */
export function SideMenu({ links, active }: Props) {
  const loose = links.filter((link) => !link.section);
  const sections = [...new Set(links.flatMap((link) => (link.section ? [link.section] : [])))];
  return (
    <ScrollArea type="auto" scrollbarSize={8} style={{ flex: 1 }} data-testid="side-menu">
      {loose.map((link) => <MenuLinkItem key={link.to} link={link} active={active} />)}
      {sections.map((title) => (
        <MenuSection key={title} title={title} links={links.filter((link) => link.section === title)} active={active} />
      ))}
    </ScrollArea>
  );
}
