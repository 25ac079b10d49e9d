import { Button, FileButton, Group, Image, Input, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { Refusal } from '../api/errors';
import { parseTypedDay } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { formRefusals, useCommandId } from '../shared/form-support';
import { toArabicDigits } from '../shared/thai-digits';
import { POST_NEWS } from './news.graphql';
import { uploadNewsPhoto, type UploadedPhoto } from './photo-upload';

const FIELDS = ['activityName', 'leader', 'participants', 'heldOn', 'startTime', 'endTime', 'place', 'photoIds'] as const;
type Typed = Record<Exclude<(typeof FIELDS)[number], 'photoIds'>, string>;
const EMPTY: Typed = { activityName: '', leader: '', participants: '', heldOn: '', startTime: '', endTime: '', place: '' };
const MAX_PHOTOS = 10;

/** โพสต์ข่าวกิจกรรม of the account's district: the photos go up as they are chosen, the post when saved. */
export function NewsPostForm({ posted }: { posted(newsId: string): void }) {
  const [typed, setTyped] = useState<Typed>(EMPTY);
  const [photos, setPhotos] = useState<UploadedPhoto[]>([]);
  const [uploading, setUploading] = useState(false);
  const [photoRefusals, setPhotoRefusals] = useState<Refusal[]>([]);
  const [{ fetching, error }, post] = useMutation(POST_NEWS);
  const commandIdOf = useCommandId();
  const photoButton = useId();
  const resetPicker = useRef<() => void>(null);
  const { byField, general } = formRefusals(error, FIELDS);
  const photoError = [byField.photoIds, ...Object.entries(byField).filter(([f]) => f.startsWith('photoIds')).map(([, m]) => m),
    ...photoRefusals.map((r) => r.messageTh)].filter(Boolean).join(' ') || undefined;
  const set = (key: keyof Typed) => (e: { currentTarget: { value: string } }) => setTyped({ ...typed, [key]: e.currentTarget.value });

  async function choose(files: File[]) {
    resetPicker.current?.();
    setUploading(true);
    const answers = await Promise.all(files.map(uploadNewsPhoto));
    setUploading(false);
    setPhotoRefusals(answers.filter((a): a is Refusal => 'messageTh' in a));
    setPhotos((current) => [...current, ...answers.filter((a): a is UploadedPhoto => 'photoId' in a)]);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const request = {
      ...typed, heldOn: parseTypedDay(typed.heldOn) ?? toArabicDigits(typed.heldOn), startTime: toArabicDigits(typed.startTime),
      endTime: typed.endTime.trim() === '' ? null : toArabicDigits(typed.endTime), photoIds: photos.map((p) => p.photoId),
    };
    const answer = await post({ input: { ...request, commandId: commandIdOf(request) } });
    const news = answer.data?.postDistrictNews;
    if (!news) return;
    setTyped(EMPTY);
    setPhotos([]);
    posted(news.newsId);
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label="โพสต์ข่าวกิจกรรม">
      <Stack>
        <Title order={2} size="h4">โพสต์ข่าวกิจกรรม</Title>
        <GeneralErrors refusals={general} title="โพสต์ข่าวไม่สำเร็จ" />
        <TextInput label="ชื่อกิจกรรม" required value={typed.activityName} onChange={set('activityName')} error={byField.activityName} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="ผู้นำในการทำกิจกรรม" required value={typed.leader} onChange={set('leader')} error={byField.leader} />
          <TextInput label="สถานที่" required value={typed.place} onChange={set('place')} error={byField.place} />
        </SimpleGrid>
        <Textarea label="ผู้เข้าร่วมกิจกรรม" required autosize minRows={2} value={typed.participants} onChange={set('participants')} error={byField.participants} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="วันที่จัดกิจกรรม" required placeholder="วว/ดด/ปปปป" value={typed.heldOn} onChange={set('heldOn')} error={byField.heldOn} />
          <TextInput label="เวลาเริ่ม" required placeholder="เช่น 09.30" value={typed.startTime} onChange={set('startTime')} error={byField.startTime} />
          <TextInput label="เวลาสิ้นสุด" placeholder="เช่น 12.00" value={typed.endTime} onChange={set('endTime')} error={byField.endTime} />
        </SimpleGrid>
        <Input.Wrapper label="รูปภาพกิจกรรม" id={photoButton} description={`JPEG, PNG หรือ WebP ไม่เกิน 5 MB ต่อรูป สูงสุด ${MAX_PHOTOS} รูป`} error={photoError}>
          <Group mt={4}>
            <FileButton onChange={choose} accept="image/jpeg,image/png,image/webp" multiple resetRef={resetPicker}
              disabled={uploading || photos.length >= MAX_PHOTOS} inputProps={{ 'aria-label': 'รูปภาพกิจกรรม' }}>
              {(props) => (
                <Button {...props} id={photoButton} variant="default" disabled={uploading || photos.length >= MAX_PHOTOS}
                  aria-describedby={`${photoButton}-description${photoError ? ` ${photoButton}-error` : ''}`}>เลือกรูปภาพ</Button>
              )}
            </FileButton>
            <Text size="sm">{photos.length > 0 ? `แนบแล้ว ${photos.length} รูป` : 'ยังไม่ได้เลือกรูป'}</Text>
          </Group>
        </Input.Wrapper>
        {uploading && <Text size="sm" role="status">กำลังอัปโหลดรูป…</Text>}
        {photos.length > 0 && (
          <SimpleGrid cols={{ base: 2, sm: 5 }} data-testid="chosen-photos">
            {photos.map((photo, i) => (
              <Stack key={photo.photoId} gap={4}>
                <Image src={`/news-photos/${photo.photoId}`} alt={`รูปที่ ${i + 1}: ${photo.name}`} h={90} fit="cover" radius="sm" />
                <Button size="compact-xs" variant="default" onClick={() => setPhotos(photos.filter((p) => p !== photo))}
                  aria-label={`นำรูปที่ ${i + 1} ออก`}>นำออก</Button>
              </Stack>
            ))}
          </SimpleGrid>
        )}
        <Group>
          <Button type="submit" loading={fetching} disabled={uploading}>โพสต์ข่าว</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
