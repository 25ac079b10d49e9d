import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '../../graphql/connection.types.js';
import { enumType } from '../../graphql/enum-type.js';
import type { RetentionRuleName } from './retention-rules.js';
import type { RetentionRunState } from './retention-runs.js';

export const RetentionRuleNameEnum = enumType<RetentionRuleName>('RetentionRuleName', 'A retention rule of personal data', {
  DEBT_CASE_CLOSED: 'เรื่องลูกหนี้นอกระบบที่ยุติแล้ว — an informal-debt case, counted from its closing',
  COMPLAINT_CLOSED: 'เรื่องร้องเรียนที่แก้ไขแล้วหรือยุติแล้ว — a complaint, counted from its resolution or closing',
  LEAFLET_PERMIT_ENDED: 'คำขออนุญาตแจกใบปลิวที่ไม่อนุญาตหรือพ้นระยะเวลาที่อนุญาตแล้ว — a leaflet permit, counted from its refusal or the end of its period',
  BUSINESS_FILER_REVOKED: 'ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคลที่ถูกเพิกถอนแล้ว — an authorised business filer, counted from the revocation',
  STAFF_ACCOUNT_CLOSED: 'บัญชีผู้ใช้งานของเจ้าหน้าที่ที่ถูกระงับแล้ว — a former staff member\'s account, counted from its suspension',
});

const RetentionRunStateEnum = enumType<RetentionRunState>('RetentionRunState', 'How a retention run ended, or that it runs', {
  RUNNING: 'กำลังทำงาน — running',
  DONE: 'เสร็จ — finished',
  FAILED: 'ล้มเหลว — stopped (errorCode); what it erased before is recorded',
});

@ObjectType('RetentionRuleInForce', { description: 'A retention rule as configured, and how many cases it will expire soon' })
export class RetentionRuleInForce {
  @Field(() => RetentionRuleNameEnum) rule!: RetentionRuleName;
  @Field(() => Int, { description: 'Years after the case ended that its personal data is kept' }) years!: number;
  @Field(() => Int, { description: 'Cases whose personal data has expired and awaits the next run (held ones not counted)' }) dueNow!: number;
  @Field(() => Int, { description: 'Expired cases a legal hold keeps' }) heldNow!: number;
  @Field(() => Int, { description: 'Cases whose personal data expires within the next 30 days' }) expiringIn30Days!: number;
}

@ObjectType('RetentionSettings', { description: 'The retention of personal data in force: rules, daily run, batch' })
export class RetentionSettings {
  @Field(() => [RetentionRuleInForce]) rules!: RetentionRuleInForce[];
  @Field(() => String, { nullable: true, description: 'The daily run, HH:MM Asia/Bangkok; null when off (RETENTION_RUN_AT)' }) dailyRunTime!: string | null;
  @Field(() => Int, { description: 'Case streams erased per batch' }) batchSize!: number;
}

@ObjectType('RetentionRuleCount', { description: 'What a run did under one rule: counts only' })
export class RetentionRuleCount {
  @Field(() => RetentionRuleNameEnum) rule!: RetentionRuleName;
  @Field(() => Int, { description: 'Case streams whose personal data it erased' }) erased!: number;
  @Field(() => Int, { description: 'Expired case streams it left because a legal hold keeps them' }) held!: number;
  @Field(() => Int, { description: 'Expired case streams with no key to destroy (nothing of them sealed yet): tried again by the next run' })
  unsealed!: number;
}

@ObjectType('RetentionRun', { description: 'A run of the retention job' })
export class RetentionRunObject {
  @Field(() => ID) runId!: string;
  @Field({ description: 'schedule:<instant>, cli or account:<id>' }) startedBy!: string;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'How long it took, in milliseconds; null while running' }) durationMs!: number | null;
  @Field(() => RetentionRunStateEnum) state!: RetentionRunState;
  @Field(() => [RetentionRuleCount]) counts!: RetentionRuleCount[];
  @Field(() => String, { nullable: true, description: 'Why it failed: a code (ABANDONED: its process ended)' }) errorCode!: string | null;
}

export const RetentionRunConnection = connectionOf(RetentionRunObject, 'RetentionRun', 'Retention runs, newest first');
