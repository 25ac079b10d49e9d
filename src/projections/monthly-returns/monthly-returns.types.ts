import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '../../graphql/connection.types.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import { LevyKindEnum } from '../../local-authorities/businesses/businesses.types.js';
import { FilingChannelEnum, MonthlyReturnStatusEnum } from '../../local-authorities/monthly-returns/monthly-return.types.js';
import type { FilingChannel, ReturnKind, ReturnStatus } from '../../local-authorities/monthly-returns/monthly-return.events.js';

@ObjectType('MonthlyReturnListItem', { description: 'A monthly return in the list, as its latest version stands' })
export class MonthlyReturnListItem {
  @Field(() => ID) id!: string;
  @Field() authorityCode!: string;
  @Field(() => Int) businessNo!: number;
  @Field() businessName!: string;
  @Field(() => LevyKindEnum) kind!: ReturnKind;
  @Field({ description: 'YYYY-MM (CE)' }) period!: string;
  @Field({ description: 'The month in Thai, Buddhist Era' }) periodTh!: string;
  @Field(() => Int) version!: number;
  @Field(() => MonthlyReturnStatusEnum) status!: ReturnStatus;
  @Field(() => FilingChannelEnum) channel!: FilingChannel;
  @Field(() => LocalDate, { description: 'The latest version\'s filing day' }) filedOn!: string;
  @Field(() => LocalDate) dueOn!: string;
  @Field(() => Int) monthsLate!: number;
  @Field({ description: 'The latest levy, baht' }) levy!: string;
  @Field({ description: 'Every surcharge assessed, baht' }) surcharge!: string;
  @Field({ description: 'Every bill issued, baht' }) billed!: string;
  @Field({ description: 'Every overpayment noted, baht' }) overpaid!: string;
  @Field({ description: "Every bill's payment matched from the bank's file, baht" }) paid!: string;
  @Field(() => Date, { nullable: true, description: 'When the bank took the latest payment' }) lastPaidAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The latest receipt, เลขที่ n/ปีงบประมาณ' }) lastReceiptNumber!: string | null;
  @Field(() => String, { nullable: true }) lastRef1!: string | null;
  @Field(() => String, { nullable: true }) lastRef2!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'ชำระภายใน: the last day the latest bill is owed as billed; null before any bill' }) lastPayBy!: string | null;
}

export const MonthlyReturnConnection = connectionOf(MonthlyReturnListItem, 'MonthlyReturn', 'Monthly returns, latest month first');

@InputType({ description: 'Which of an authority\'s monthly returns to list' })
export class MonthlyReturnFilter {
  @Field({ description: "The PAO's 7-digit code; Thai digits accepted" }) authorityCode!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM, CE or Buddhist Era; Thai digits accepted' }) period?: string | null;
  @Field(() => LevyKindEnum, { nullable: true }) kind?: ReturnKind | null;
  @Field(() => MonthlyReturnStatusEnum, { nullable: true }) status?: ReturnStatus | null;
}
