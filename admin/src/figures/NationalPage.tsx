import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { readFragment } from '../graphql';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { CountsTable } from './CountsTable';
import { COUNTS, NATIONAL_FIGURES } from './figures.graphql';
import { bahtText, countText } from './format';

/** The centre's home: the country's debt-case figures, and every province's, each linking to its districts and reports. */
export function NationalPage() {
  const [{ data, error, fetching }] = useQuery({ query: NATIONAL_FIGURES });
  if (fetching && !data) return <Loading />;
  const nation = data?.nationalCounts;
  if (!nation || !data.provinceCounts) return <GeneralErrors refusals={refusalsOf(error)} title="แสดงยอดไม่ได้" />;
  const counts = readFragment(COUNTS, nation);
  const figures: [string, string][] = [
    ['ลูกหนี้ที่ลงทะเบียน (ราย)', countText(counts.registered)],
    ['เจ้าหนี้ (ราย)', countText(nation.creditors)],
    ['เงินต้น (บาท)', bahtText(nation.principal)],
    ['ยอดหนี้คงค้าง (บาท)', bahtText(nation.outstanding)],
    ['ติดต่อแล้ว (ราย)', countText(counts.contacted)],
    ['ไกล่เกลี่ยสำเร็จ (ราย)', countText(counts.agreed)],
    ['ส่งพนักงานสอบสวน/หน่วยงานอื่น (ราย)', countText(counts.referred)],
    ['มูลหนี้ที่ลดลง (บาท)', bahtText(counts.debtReduced)],
  ];
  return (
    <Stack>
      <Title order={1} size="h2">ยอดหนี้นอกระบบทั่วประเทศ</Title>
      <SimpleGrid cols={4} data-testid="national-figures">
        {figures.map(([label, value]) => (
          <Paper key={label} withBorder p="sm">
            <Text size="sm" c="dimmed">{label}</Text>
            <Text size="xl" fw={700}>{value}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Title order={2} size="h3">รายจังหวัด</Title>
      <CountsTable
        caption="ยอดรายจังหวัด" unitHeading="จังหวัด" extraHeading="รายงาน" testId="province-figures"
        rows={data.provinceCounts.map(({ province, counts: c }) => ({
          key: province.code,
          name: <Anchor component={Link} to={`/districts?province=${province.code}`}>{province.nameTh}</Anchor>,
          counts: readFragment(COUNTS, c),
          extra: (
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/daily-report?province=${province.code}`} style={{ whiteSpace: 'nowrap' }}>
                ประจำวัน<VisuallyHidden> จังหวัด{province.nameTh}</VisuallyHidden>
              </Anchor>
              <Anchor component={Link} to={`/monthly-report?province=${province.code}`} style={{ whiteSpace: 'nowrap' }}>
                ประจำเดือน<VisuallyHidden> จังหวัด{province.nameTh}</VisuallyHidden>
              </Anchor>
            </Group>
          ),
        }))}
        total={{ name: 'รวมทั้งประเทศ', counts }}
      />
    </Stack>
  );
}
