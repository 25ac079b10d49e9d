import { Button, Group, Paper, SegmentedControl, Slider, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { refusalsOf } from '../api/errors';
import { parseTypedInstant } from '../shared/dates';
import { GeneralErrors } from '../shared/form-errors';
import { typedNumber } from '../shared/thai-digits';
import { CaseFacts } from './CaseFacts';
import { caseAsOfFacts } from './case-as-of-facts';
import { CASE_AS_OF } from './replay.graphql';

type Point = { version: number } | { asOf: string };

/**
 * The case as it stood at a chosen moment: after a number of its events (typed, Thai digits accepted, or on the
 * slider) or at a Bangkok date and time typed in the Buddhist Era (d/m/yyyy hh:mm).
 */
export function AsOfPanel({ caseId, versions }: { caseId: string; versions: number }) {
  const [mode, setMode] = useState<'version' | 'instant'>('version');
  const [versionText, setVersionText] = useState(String(versions));
  const [instantText, setInstantText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [point, setPoint] = useState<Point>({ version: versions });
  const [{ data, error }] = useQuery({ query: CASE_AS_OF, variables: { caseId, ...point } });

  const show = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'version') {
      const typed = typedNumber(versionText);
      const version = /^\d+$/.test(typed) ? Number(typed) : NaN;
      if (!(version >= 0 && version <= versions)) return setProblem(`ฉบับที่ต้องเป็นตัวเลข 0 ถึง ${versions}`);
      setProblem(null);
      setPoint({ version });
    } else {
      const asOf = parseTypedInstant(instantText);
      if (!asOf) return setProblem('วันเวลาต้องเป็น วว/ดด/ปปปป ชช:นน เช่น 6/12/2569 14:30');
      setProblem(null);
      setPoint({ asOf });
    }
  };
  const at = data?.caseAsOf;
  const facts = at ? caseAsOfFacts(at) : null;
  return (
    <Stack gap="sm">
      <form onSubmit={show} aria-label="เลือกช่วงเวลาของเรื่อง">
        <Stack gap="xs">
          <SegmentedControl
            value={mode} onChange={(value) => setMode(value as 'version' | 'instant')} w="fit-content"
            data={[{ value: 'version', label: 'ตามลำดับเหตุการณ์' }, { value: 'instant', label: 'ตามวันและเวลา' }]}
          />
          {mode === 'version' ? (
            <Group align="end">
              <TextInput label="ฉบับที่ (จำนวนเหตุการณ์)" value={versionText} onChange={(e) => setVersionText(e.currentTarget.value)} w={180} inputMode="numeric" />
              <Slider
                min={0} max={versions} value={Math.min(versions, Number(typedNumber(versionText)) || 0)} thumbLabel="ฉบับที่"
                onChange={(value) => setVersionText(String(value))} style={{ flex: 1, minWidth: 160 }} mb="xs"
              />
            </Group>
          ) : (
            <TextInput
              label="วันและเวลา (พ.ศ.)" description="วว/ดด/ปปปป ชช:นน ตามเวลาประเทศไทย เช่น 6/12/2569 14:30" w={320}
              value={instantText} onChange={(e) => setInstantText(e.currentTarget.value)}
            />
          )}
          {problem && <Text c="red.8" size="sm" role="alert">{problem}</Text>}
          <Button type="submit" w="fit-content">แสดงเรื่อง ณ เวลานั้น</Button>
        </Stack>
      </form>
      <GeneralErrors refusals={refusalsOf(error)} title="แสดงเรื่อง ณ เวลานั้นไม่ได้" />
      {at && (facts
        ? <div data-testid="case-as-of"><CaseFacts facts={facts} /></div>
        : <Paper withBorder p="md" data-testid="case-as-of"><Text>ยังไม่มีเรื่องนี้ ณ เวลานั้น (ฉบับที่ {at.version} จาก {at.versions})</Text></Paper>)}
    </Stack>
  );
}
