import { Button, Group } from '@mantine/core';

/** The report's files: plain links, which the browser downloads with the session cookie. */
export function Downloads({ links }: { links: { xlsx: string; pdf: string } }) {
  return (
    <Group gap="sm">
      <Button component="a" href={links.xlsx} variant="default">ดาวน์โหลด Excel (.xlsx)</Button>
      <Button component="a" href={links.pdf} variant="default">ดาวน์โหลด PDF</Button>
    </Group>
  );
}
