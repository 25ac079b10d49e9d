import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BrokenLinkKind } from '../../eventstore/integrity/hash-chain.verify.js';
import { enumType } from '../../graphql/enum-type.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';

export const BrokenLinkKindEnum = enumType<BrokenLinkKind>('BrokenLinkKind', 'How a stream\'s chain of hashes broke', {
  HASH_MISMATCH: 'แฮชไม่ตรง — the stored hash is not SHA-256(the hash before it ‖ the event): the event, or one before it, was changed or moved',
  VERSION_GAP: 'ลำดับขาด — the version does not follow the one before it: an event before it was deleted, or versions were reordered',
});

@ObjectType('BrokenLogLink', { description: 'The first event of a stream whose link in the chain of hashes does not hold' })
export class BrokenLogLink {
  @Field(() => ID) streamId!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID) eventId!: string;
  @Field(() => BrokenLinkKindEnum) kind!: BrokenLinkKind;
  @Field({ description: 'The event\'s global position in the log' }) globalPosition!: string;
}

@ObjectType('BrokenLogSeal', { description: 'A frozen daily report whose seal of the log is not what the log gives now' })
export class BrokenLogSeal {
  @Field(() => LocalDate, { description: 'The report\'s day' }) day!: string;
  @Field({ description: 'The log position the report sealed up to: its transaction id' }) transactionId!: string;
  @Field({ description: 'The log position the report sealed up to: its global position' }) globalPosition!: string;
  @Field(() => String, { nullable: true, description: 'The stored seal (hex); null for a report never sealed' }) storedSeal!: string | null;
  @Field({ description: 'The seal the log gives now (hex)' }) recomputedSeal!: string;
}

@ObjectType('BrokenLogReseal', { description: 'A run that sealed stored events in place whose receipts no longer add up to what the log records of it' })
export class BrokenLogReseal {
  @Field(() => ID) runId!: string;
  @Field(() => String, { nullable: true, description: 'The sum of receipts its LogResealed event records (hex); null when the event is missing' })
  recorded!: string | null;
  @Field({ description: 'The sum of its receipts now (hex)' }) recomputed!: string;
}

@ObjectType('LogVerification', { description: 'Every stream\'s chain of hashes and every frozen report\'s seal, re-hashed' })
export class LogVerification {
  @Field({ description: 'When the check ran' }) checkedAt!: Date;
  @Field({ description: 'No broken link, no broken seal and no broken reseal' }) intact!: boolean;
  @Field(() => Int, { description: 'Events re-hashed' }) checkedEvents!: number;
  @Field(() => [BrokenLogLink], { description: 'The first broken link of each stream that has one' }) brokenLinks!: BrokenLogLink[];
  @Field(() => Int, { description: 'Frozen daily reports whose seal was recomputed' }) checkedSeals!: number;
  @Field(() => [BrokenLogSeal]) brokenSeals!: BrokenLogSeal[];
  @Field(() => [BrokenLogReseal], { description: 'Runs that sealed stored personal fields in place whose receipts were changed since' })
  brokenReseals!: BrokenLogReseal[];
}

@ObjectType('ReportVerification', { description: 'The frozen daily report a printed verification code names, and whether it and the log still hold' })
export class ReportVerification {
  @Field({ description: 'The code, as printed (ABCDE-FGHIJ)' }) code!: string;
  @Field(() => LocalDate, { description: 'The report\'s day' }) day!: string;
  @Field(() => String, { nullable: true, description: 'The province whose document printed the code; null for a code printed before seals, which names the day only' })
  provinceCode!: string | null;
  @Field(() => String, { nullable: true, description: 'The province, in Thai (จังหวัด…)' }) provinceTh!: string | null;
  @Field(() => String, { nullable: true, description: 'The office the document comes from, in Thai' }) officeTh!: string | null;
  @Field({ description: 'The report\'s cut-off' }) cutOff!: Date;
  @Field({ description: 'When it was frozen' }) frozenAt!: Date;
  @Field({ description: 'SHA-256 of the frozen report' }) sha256!: string;
  @Field({ description: 'The report seals the log (all frozen since migration 602)' }) sealed!: boolean;
  @Field({ description: 'The seal recomputed from the log equals the stored one' }) sealMatches!: boolean;
  @Field(() => Int, { description: 'Streams with a broken link among the events the report covers' }) brokenLinks!: number;
  @Field({ description: 'The report regenerated from the log gives its stored bytes and SHA-256' }) contentMatches!: boolean;
  @Field({ description: 'All of it holds: the copy is the report frozen, and the log is as sealed with it' }) matches!: boolean;
  @Field({ description: 'When the check ran' }) checkedAt!: Date;
}
