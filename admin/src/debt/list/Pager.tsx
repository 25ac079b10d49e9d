import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';

/** Rows per page of the case lists. */
export const PAGE_SIZE = 20;

/**
 * Forward pages of a Relay connection, walked back by remembering the cursor each page started after; another
 * `filterKey` (the filter changed) starts again at the first page.
 */
export function useCursorPages(filterKey: string) {
  const [state, setState] = useState<{ filterKey: string; afters: (string | null)[] }>({ filterKey, afters: [null] });
  const afters = state.filterKey === filterKey ? state.afters : [null];
  return {
    after: afters[afters.length - 1],
    page: afters.length,
    next: (endCursor: string | null | undefined) => endCursor && setState({ filterKey, afters: [...afters, endCursor] }),
    previous: () => setState({ filterKey, afters: afters.length > 1 ? afters.slice(0, -1) : afters }),
  };
}

interface Props {
  pages: ReturnType<typeof useCursorPages>;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}

export function Pager({ pages, totalCount, hasNextPage, endCursor }: Props) {
  const last = Math.max(1, Math.ceil(totalCount / PAGE_SIZE));
  return (
    <Group justify="space-between">
      <Text size="sm" data-testid="page-number">{`หน้า ${pages.page} จาก ${last}`}</Text>
      <Group gap="xs">
        <Button variant="default" disabled={pages.page === 1} onClick={pages.previous}>หน้าก่อน</Button>
        <Button variant="default" disabled={!hasNextPage} onClick={() => pages.next(endCursor)}>หน้าถัดไป</Button>
      </Group>
    </Group>
  );
}
