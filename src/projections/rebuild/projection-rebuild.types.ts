import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '../../graphql/connection.types.js';
import { enumType } from '../../graphql/enum-type.js';
import type { DifferenceKind } from './compare-tables.js';
import type { RebuildMode, RebuildStage, RebuildState } from './rebuild-runs.js';

const ProjectionRebuildModeEnum = enumType<RebuildMode>('ProjectionRebuildMode', 'What a rebuild does with the tables it made', {
  REBUILD: 'สร้างใหม่ — swaps the rebuilt tables in when they agree with the live ones (or when differences are accepted)',
  VERIFY_ONLY: 'ตรวจสอบเท่านั้น — compares them with the live ones and changes nothing (the drift check)',
});

const ProjectionRebuildStateEnum = enumType<RebuildState>('ProjectionRebuildState', 'How a rebuild ended, or that it runs', {
  RUNNING: 'กำลังทำงาน — running',
  SWAPPED: 'สลับแล้ว — the rebuilt tables are live; the replaced ones are kept for undoProjectionRebuild',
  VERIFIED: 'ตรงกัน — verified: the rebuilt tables equal the live ones',
  DIFFERENT: 'ไม่ตรงกัน — differences found (or the live projection had stopped); nothing was swapped for those projections',
  FAILED: 'ล้มเหลว — stopped on an error (error); the live projections are untouched',
  ABANDONED: 'ถูกทิ้ง — its process ended before it finished; the live projections are untouched',
});

const ProjectionRebuildStageEnum = enumType<RebuildStage>('ProjectionRebuildStage', 'Where a rebuild is', {
  PREPARING: 'เตรียมตาราง — making the shadow tables',
  CATCHING_UP: 'อ่านบันทึกเหตุการณ์ — applying the log to the shadow tables',
  INDEXING: 'สร้างดัชนี — the other indexes, after the load',
  VERIFYING: 'ตรวจสอบ — comparing with the live tables at the live checkpoint',
  SWAPPING: 'สลับตาราง — putting the rebuilt tables live',
  DONE: 'เสร็จ — finished (see state)',
});

const ProjectionDifferenceKindEnum = enumType<DifferenceKind>('ProjectionDifferenceKind', 'How a row differs', {
  ONLY_IN_LIVE: 'มีเฉพาะในตารางที่ใช้งาน — the live table has the row, the rebuilt one does not',
  ONLY_IN_SHADOW: 'มีเฉพาะในตารางที่สร้างใหม่ — the rebuilt table has the row, the live one does not',
  DIFFERENT_VALUES: 'ค่าต่างกัน — both have it, with different values (columns)',
});

@ObjectType('ProjectionRowKeyPart', { description: 'One column of a row\'s primary key' })
export class ProjectionRowKeyPart {
  @Field() column!: string;
  @Field(() => String, { nullable: true, description: 'Its value as text' }) value!: string | null;
}

@ObjectType('ProjectionDifference', { description: 'A row the rebuilt and the live table disagree on' })
export class ProjectionDifference {
  @Field() table!: string;
  @Field(() => [ProjectionRowKeyPart], { description: 'The row\'s primary key' }) key!: ProjectionRowKeyPart[];
  @Field(() => ProjectionDifferenceKindEnum) kind!: DifferenceKind;
  @Field(() => [String], { description: 'The columns whose values differ (DIFFERENT_VALUES)' }) columns!: string[];
}

@ObjectType('ProjectionRebuildPart', { description: 'One projection of a rebuild' })
export class ProjectionRebuildPart {
  @Field() projection!: string;
  @Field(() => Int, { description: 'Events applied to its rebuilt tables so far' }) eventsProcessed!: number;
  @Field(() => Int, { description: 'Events in the log when the rebuild began' }) eventsTotal!: number;
  @Field(() => Int, { nullable: true, description: 'Rows that differ, all counted; null until verified' }) differences!: number | null;
  @Field(() => [ProjectionDifference], { description: 'The first differences, by table and key' }) shownDifferences!: ProjectionDifference[];
  @Field({ description: 'The live projection had stopped at a failing event: the rebuilt one went on to the head of the log' })
  positionsDiffer!: boolean;
  @Field({ description: 'Its rebuilt tables are live' }) swapped!: boolean;
}

@ObjectType('ProjectionRebuild', { description: 'A rebuild (or verification) of projections from the start of the log' })
export class ProjectionRebuild {
  @Field(() => ID) id!: string;
  @Field(() => [String]) projections!: string[];
  @Field(() => ProjectionRebuildModeEnum) mode!: RebuildMode;
  @Field() acceptDifferences!: boolean;
  @Field(() => ProjectionRebuildStateEnum) state!: RebuildState;
  @Field(() => ProjectionRebuildStageEnum) stage!: RebuildStage;
  @Field({ description: 'account:<id>, cli or schedule' }) requestedBy!: string;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it failed: the error\'s class and frames, never its message' }) error!: string | null;
  @Field(() => [ProjectionRebuildPart]) parts!: ProjectionRebuildPart[];
}

export const ProjectionRebuildConnection = connectionOf(ProjectionRebuild, 'ProjectionRebuild', 'Projection rebuilds, newest first');

@InputType({ description: 'Which projections to rebuild, and how' })
export class RebuildProjectionInput {
  @Field(() => String, { nullable: true, description: 'Projection name, as projectionStatus lists it; null: every projection' })
  name?: string | null;
  @Field({ defaultValue: false, description: 'Compare only, change nothing' }) verifyOnly!: boolean;
  @Field({ defaultValue: false, description: 'Swap even when the rebuilt tables differ from the live ones' }) acceptDifferences!: boolean;
}

@InputType({ description: 'The projection whose last swap to undo' })
export class UndoProjectionRebuildInput {
  @Field({ description: 'Projection name' }) name!: string;
}

@ObjectType('UndoneProjectionRebuild', { description: 'A swap undone: the kept tables are live again' })
export class UndoneProjectionRebuild {
  @Field() projection!: string;
  @Field({ description: 'Global position the tables brought back stood at: the projection applies the log from there' }) position!: string;
}
