import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { readFragment } from '../graphql';
import { GeneralErrors } from '../shared/form-errors';
import { Loading } from '../shared/Loading';
import { CountsTable } from './CountsTable';
import { COUNTS, DISTRICT_FIGURES } from './figures.graphql';
import { useProvince } from './province-choice';
import { ProvinceSelect } from './ProvinceSelect';

/** `/districts` and a province officer's home: the debt-case figures of each district of the province, as they stand now. */
export function DistrictsPage() {
  const { provinceCode, oversees, choose } = useProvince();
  return (
    <Stack>
      <Title order={1} size="h2">ยอดหนี้นอกระบบรายอำเภอ</Title>
      {oversees && <ProvinceSelect value={provinceCode} onChange={choose} />}
      {provinceCode ? <DistrictFigures provinceCode={provinceCode} /> : <Alert color="gray">เลือกจังหวัดเพื่อดูยอดของแต่ละอำเภอ</Alert>}
    </Stack>
  );
}

function DistrictFigures({ provinceCode }: { provinceCode: string }) {
  const [{ data, error, fetching }] = useQuery({ query: DISTRICT_FIGURES, variables: { province: provinceCode } });
  if (fetching && !data) return <Loading />;
  if (!data?.districtCounts) return <GeneralErrors refusals={refusalsOf(error)} title="แสดงยอดไม่ได้" />;
  const province = data.provinceCounts?.find((p) => p.province.code === provinceCode);
  const name = province ? `จังหวัด${province.province.nameTh}` : '';
  const query = `?province=${provinceCode}`;
  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed">ยอด ณ ขณะนี้ แต่ละเรื่องนับที่อำเภอที่เรื่องอยู่ปัจจุบัน รับโอนและโอนออกนับจำนวนครั้งที่ส่งต่อเรื่อง</Text>
        <Group gap="md">
          <Anchor component={Link} to={`/daily-report${query}`}>รายงานประจำวัน</Anchor>
          <Anchor component={Link} to={`/monthly-report${query}`}>รายงานประจำเดือน</Anchor>
        </Group>
      </Group>
      <CountsTable
        caption={`ยอดรายอำเภอ ${name}`} unitHeading="อำเภอ/เขต" testId="district-figures"
        rows={data.districtCounts.map((d) => ({
          key: d.district.code, name: `${d.district.isBangkokKhet ? 'เขต' : 'อำเภอ'}${d.district.nameTh}`, counts: readFragment(COUNTS, d.counts),
        }))}
        total={province && { name: `รวม${name}`, counts: readFragment(COUNTS, province.counts) }}
      />
    </Stack>
  );
}
