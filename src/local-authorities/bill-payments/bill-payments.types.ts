import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '../../graphql/connection.types.js';
import { enumType } from '../../graphql/enum-type.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import { OUTCOME_TEXT, type LineOutcome } from './bill-payment-errors.js';

export const PaymentLineOutcomeEnum = enumType<LineOutcome>('PaymentLineOutcome', "What a line of the bank's bill-payment file came to",
  Object.fromEntries(Object.entries(OUTCOME_TEXT).map(([outcome, [th, en]]) => [outcome, `${th} — ${en}`])) as Record<LineOutcome, string>);

@ObjectType('BillPaymentRunLine', { description: "A line of the bank's file and what it came to" })
export class BillPaymentRunLineObject {
  @Field(() => Int, { description: "The line in the file, from 1 (the header's)" }) line!: number;
  @Field(() => PaymentLineOutcomeEnum) outcome!: LineOutcome;
  @Field({ description: 'The outcome in Thai' }) reasonTh!: string;
  @Field({ description: 'The outcome in English' }) reasonEn!: string;
  @Field() ref1!: string;
  @Field() ref2!: string;
  @Field({ description: 'Paid (or reversed), baht' }) amount!: string;
  @Field(() => String, { nullable: true, description: "The bill's amount, baht, when the references name one" }) billAmount!: string | null;
  @Field(() => Date, { description: 'When the bank took it' }) paidAt!: Date;
  @Field({ description: 'The payer as the bank wrote it' }) customerName!: string;
  @Field(() => ID, { nullable: true, description: 'The monthly return the references name' }) returnId!: string | null;
  @Field(() => String, { nullable: true, description: 'A match\'s receipt, เลขที่ n/ปีงบประมาณ' }) receiptNumber!: string | null;
}

@ObjectType('BillPaymentRun', { description: "A reconciliation of the bank's bill-payment file for an authority" })
export class BillPaymentRunObject {
  @Field(() => ID, { nullable: true, description: 'Null for a dry run (nothing stored)' }) id!: string | null;
  @Field() authorityCode!: string;
  @Field({ description: "The file's SHA-256: the same file is never reconciled twice" }) fileDigest!: string;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => LocalDate, { description: "The day the bank's file covers" }) effectiveDate!: string;
  @Field({ description: "The biller's account in the file's header" }) companyAccount!: string;
  @Field() ranBy!: string;
  @Field(() => Date) ranAt!: Date;
  @Field() dryRun!: boolean;
  @Field(() => Int) paymentCount!: number;
  @Field(() => Int) matchedCount!: number;
  @Field(() => Int) unmatchedCount!: number;
  @Field(() => Int) exceptionCount!: number;
  @Field({ description: 'Baht' }) matchedAmount!: string;
  @Field({ description: 'Baht' }) unmatchedAmount!: string;
  @Field({ description: 'Baht' }) exceptionAmount!: string;
}

@ObjectType('BillPaymentRunResult', { description: 'A run just made, with every line of the file' })
export class BillPaymentRunResultObject {
  @Field(() => BillPaymentRunObject) run!: BillPaymentRunObject;
  @Field(() => [BillPaymentRunLineObject]) lines!: BillPaymentRunLineObject[];
}

export const BillPaymentRunConnection = connectionOf(BillPaymentRunObject, 'BillPaymentRun', 'Reconciliation runs, the latest first');
export const BillPaymentRunLineConnection = connectionOf(BillPaymentRunLineObject, 'BillPaymentRunLine', "A run's lines, in the file's order");

@InputType({ description: "The bank's bill-payment file to reconcile for an authority" })
export class ReconcileBillPaymentsInput {
  @Field({ description: "The authority's 7-digit code; Thai digits accepted. Only its bills are matched" }) authorityCode!: string;
  @Field(() => String, { nullable: true, description: "The file's name, for the list of runs (at most 255 characters)" }) fileName?: string | null;
  @Field({ description: "The file's bytes, base64 (the request is bounded: a larger file goes through the CLI)" }) contentBase64!: string;
  @Field(() => Boolean, { nullable: true, description: 'Classify only: store nothing and take no receipt number' }) dryRun?: boolean | null;
}
