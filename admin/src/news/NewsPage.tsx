import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { useAccount } from '../session/session-context';
import { useCursorPages } from '../shared/cursor-pages';
import { GeneralErrors } from '../shared/form-errors';
import { PlaceFields, placeOfOffice, type Place } from '../shared/PlaceFields';
import { DISTRICT_NEWS } from './news.graphql';
import { NewsList } from './NewsList';
import { NewsPostForm } from './NewsPostForm';

const PAGE_SIZE = 10;
/** How often the list is asked again for a post just made before it is left to the next visit. */
const MAX_TRIES = 15;

/**
 * `/news`: ข่าวกิจกรรม of a district's Damrongdhama centre. A district office posts its own (photos included) and
 * reads them; other levels choose a district to read.
 */
export function NewsPage() {
  const account = useAccount();
  const posts = account.level === 'DISTRICT';
  const [chosen, setChosen] = useState<Place>(() => placeOfOffice(account.officeCode));
  /** The post just made, until the list (a read model that may trail) shows it. */
  const [awaited, setAwaited] = useState<{ newsId: string; tries: number } | null>(null);
  const pages = useCursorPages();
  const district = posts ? account.officeCode ?? '' : chosen.district;
  const [{ data, error }, reload] = useQuery({
    query: DISTRICT_NEWS, variables: { district, first: PAGE_SIZE, after: pages.after }, pause: district === '',
  });
  const news = data?.districtNews;
  const choose = (place: Place) => {
    pages.reset();
    setChosen(place);
  };
  const listed = !!awaited && !!news?.edges.some((e) => e.node.newsId === awaited.newsId);
  useEffect(() => {
    if (!awaited || listed || awaited.tries >= MAX_TRIES) return;
    const timer = setTimeout(() => {
      setAwaited({ ...awaited, tries: awaited.tries + 1 });
      reload({ requestPolicy: 'network-only' });
    }, awaited.tries === 0 ? 0 : 700);
    return () => clearTimeout(timer);
  }, [awaited, listed, reload]);
  const posted = (newsId: string) => {
    pages.reset();
    setAwaited({ newsId, tries: 0 });
  };
  return (
    <Stack>
      <Title order={1} size="h2">ข่าวกิจกรรมศูนย์ดำรงธรรม</Title>
      {posts && <NewsPostForm posted={posted} />}
      <div role="status">{awaited && <Alert color="green" title="โพสต์ข่าวแล้ว">ข่าวแสดงในรายการด้านล่าง</Alert>}</div>
      {!posts && (
        <Paper withBorder p="md" role="search" aria-label="เลือกอำเภอ">
          <PlaceFields value={chosen} onChange={choose} depth="district" />
        </Paper>
      )}
      <GeneralErrors refusals={refusalsOf(error)} title="อ่านข่าวไม่ได้" />
      {news && (
        <>
          <Title order={2} size="h3">{news.edges[0]?.node.centreNameTh ?? 'ข่าวกิจกรรม'} ({news.totalCount} ข่าว)</Title>
          <NewsList items={news.edges.map((e) => e.node)} />
          <Group>
            <Button variant="default" disabled={pages.page === 1} onClick={pages.previous}>ข่าวใหม่กว่า</Button>
            <Button variant="default" disabled={!news.pageInfo.hasNextPage}
              onClick={() => news.pageInfo.endCursor && pages.next(news.pageInfo.endCursor)}>ข่าวก่อนหน้า</Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
