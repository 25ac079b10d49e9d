import { Paper, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CutOff } from './district-home.graphql';

/** "4 ชั่วโมง 59 นาที" from milliseconds; days too when it is that far. */
export function timeLeftText(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const [days, hours, mins] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  return [days > 0 && `${days} วัน`, (days > 0 || hours > 0) && `${hours} ชั่วโมง`, `${mins} นาที`].filter(Boolean).join(' ');
}

/**
 * The time left to the 15:00 cut-off of the report now counting, by the service's clock (its `now` at the answer,
 * run on by the browser's), ticking each ten seconds; on a holiday or weekend, the next working day.
 */
export function CutOffCountdown({ cutOff, answeredAt }: { cutOff: CutOff; answeredAt: number }) {
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), 10_000);
    return () => clearInterval(timer);
  }, []);
  const serverNow = Date.parse(cutOff.now) + (tick - answeredAt);
  const left = timeLeftText(Date.parse(cutOff.cutOff) - serverNow);
  const forToday = cutOff.reportDate === cutOff.today;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cut-off-title" data-testid="cut-off"
      bg={forToday ? 'indigo.0' : 'yellow.0'}>
      <Title order={2} size="h4" id="cut-off-title" mb="xs">ปิดยอดรายงานผลการไกล่เกลี่ยประจำวัน</Title>
      {!cutOff.workingDay && (
        <Text>วันนี้ {cutOff.todayTh} เป็นวันหยุดราชการ{cutOff.holidayTh ? ` (${cutOff.holidayTh})` : ' (วันหยุดสุดสัปดาห์)'} วันทำการถัดไปคือ {cutOff.nextWorkingDayTh}</Text>
      )}
      {cutOff.workingDay && !forToday && <Text>รายงานประจำวันที่ {cutOff.todayTh} ปิดยอดแล้ว เมื่อเวลา 15:00 น.</Text>}
      <Text>
        รายงานประจำวันที่ {cutOff.reportDateTh} ปิดยอดเวลา 15:00 น. · เหลือเวลา <strong data-testid="time-left">{left}</strong>
      </Text>
    </Paper>
  );
}
