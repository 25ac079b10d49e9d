import { Badge, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { NewsItem } from './news.graphql';

/** In place of a photo erased under the PDPA with the post's names: why it cannot be shown. */
function ErasedPhoto() {
  return (
    <Stack gap={2} h={160} justify="center" data-testid="photo-erased">
      <Badge color="red.9" tt="none">ถูกลบตามกฎหมายคุ้มครองข้อมูลส่วนบุคคล</Badge>
      <Text size="sm" c="dimmed">รูปถูกลบพร้อมกุญแจของข่าวนี้ (ตามคำขอของผู้ที่อยู่ในข่าว) จึงแสดงไม่ได้อีก</Text>
    </Stack>
  );
}

/** One activity post: what, when, where, who led and took part, and its photos (or, erased, a marker for each). */
function NewsPost({ item }: { item: NewsItem }) {
  return (
    <Paper withBorder p="md" component="article" aria-label={item.activityName} data-testid="news-post">
      <Stack gap="xs">
        <Title order={3} size="h4">{item.activityName}</Title>
        <Text size="sm" c="dimmed">
          {item.heldOnTh} เวลา {item.startTime}{item.endTime ? `–${item.endTime}` : ''} น. · {item.place} · {item.centreNameTh}
        </Text>
        <Text size="sm">ผู้นำในการทำกิจกรรม: {item.leader}</Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>ผู้เข้าร่วมกิจกรรม: {item.participants}</Text>
        {item.photos.length > 0 && (
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {item.photos.map((photo, i) => (photo.erased || photo.url === null
              ? <ErasedPhoto key={photo.photoId} />
              : <Image key={photo.photoId} src={photo.url} alt={`ภาพกิจกรรม ${item.activityName} รูปที่ ${i + 1}`} radius="sm" h={160} fit="cover" />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}

export function NewsList({ items }: { items: readonly NewsItem[] }) {
  if (items.length === 0) return <Text c="dimmed">ยังไม่มีข่าวกิจกรรม</Text>;
  return <Stack data-testid="news-list">{items.map((item) => <NewsPost key={item.newsId} item={item} />)}</Stack>;
}
