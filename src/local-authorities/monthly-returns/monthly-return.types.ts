import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../graphql/enum-type.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import { LevyKindEnum } from '../businesses/businesses.types.js';
import type { FilingChannel, ReturnKind, ReturnStatus } from './monthly-return.events.js';

export const FilingChannelEnum = enumType<FilingChannel>('FilingChannel', 'How a return reached the authority', {
  PAPER: 'ยื่นแบบกระดาษ เจ้าหน้าที่บันทึก — a paper filing staff keyed in',
  ONLINE: 'ยื่นทางออนไลน์ — filed online by the business',
});

export const MonthlyReturnStatusEnum = enumType<ReturnStatus>('MonthlyReturnStatus', "What a return's latest version came to", {
  BILLED: 'ออกใบแจ้งชำระแล้ว — a bill was issued for it',
  NOTHING_DUE: 'ไม่มียอดต้องชำระเพิ่ม — nothing (more) to pay',
  OVERPAID: 'ชำระเกิน — the amended levy is lower: an overpayment to refund',
  PAID: 'ชำระแล้ว — the latest bill was paid at the bank and a receipt issued',
});

@ObjectType('FuelFigures', { description: 'Litres (kilograms for LPG and NGV) sold, exact to 2 places' })
export class FuelFiguresObject {
  @Field() petrol!: string;
  @Field() diesel!: string;
  @Field() lpg!: string;
  @Field() ngv!: string;
}

@ObjectType('MonthlyReturnFigures', { description: 'The figures of a version as filed; those of other levies null' })
export class ReturnFiguresObject {
  @Field(() => String, { nullable: true, description: 'Hotel: room rent received, baht' }) roomRent!: string | null;
  @Field(() => FuelFiguresObject, { nullable: true }) fuel!: FuelFiguresObject | null;
  @Field(() => String, { nullable: true, description: 'Tobacco: cigarettes and cigars sold' }) cigarettes!: string | null;
}

@ObjectType('AssessmentLine', { description: 'One line of an assessment' })
export class AssessmentLineObject {
  @Field({ description: 'What was counted, in Thai' }) itemTh!: string;
  @Field({ description: 'The figure: baht of rent, litres or kilograms, or pieces' }) quantity!: string;
  @Field({ description: 'The rate in Thai: "0.50 %" of rent, "4.54 สตางค์/ลิตร", "9.30 สตางค์/มวน", or "ไม่จัดเก็บ"' }) rateTh!: string;
  @Field({ description: 'What it comes to, baht to 6 places (exact, before the fraction of a satang is dropped)' }) amount!: string;
}

@ObjectType('MonthlyReturnAssessment', { description: 'The assessment of a version, computed from the ordinance terms (never typed)' })
export class AssessmentObject {
  @Field() ordinance!: string;
  @Field(() => LocalDate) termsEffectiveFrom!: string;
  @Field(() => LocalDate, { description: 'The deadline, moved on to a working day' }) dueOn!: string;
  @Field({ description: 'The deadline in Thai, Buddhist Era' }) dueOnTh!: string;
  @Field(() => Int) monthsLate!: number;
  @Field(() => [AssessmentLineObject]) lines!: AssessmentLineObject[];
  @Field({ description: 'The levy in baht, fractions of a satang dropped' }) levy!: string;
  @Field({ description: "The previous version's levy, baht" }) previousLevy!: string;
  @Field({ description: 'เงินเพิ่ม on the increase, baht' }) surcharge!: string;
  @Field({ description: 'Surcharge percent per month or part of a month late' }) surchargePercentPerMonth!: string;
  @Field({ description: 'Surcharge cap, percent' }) surchargeCapPercent!: string;
  @Field({ description: 'What this version adds to pay (negative: gives back), baht' }) difference!: string;
}

@ObjectType('BillPaymentReceived', { description: "A bill's payment matched from the bank's bill-payment file, and its receipt" })
export class BillPaymentObject {
  @Field(() => Date, { description: 'When the bank took it' }) paidAt!: Date;
  @Field({ description: 'Baht' }) amount!: string;
  @Field({ description: "The bank file's SHA-256" }) fileDigest!: string;
  @Field(() => Int, { description: "The payment's line in the file" }) line!: number;
  @Field(() => String, { nullable: true, description: 'The receipt number, เลขที่ n/ปีงบประมาณ' }) receiptNumber!: string | null;
}

@ObjectType('BillPaymentBill', { description: 'A bill for Krungthai Bank bill payment (README: Ref1, Ref2 and the payload)' })
export class BillObject {
  @Field() ref1!: string;
  @Field() ref2!: string;
  @Field({ description: 'Baht' }) amount!: string;
  @Field({ description: 'The barcode / QR payload: "|" biller id CR Ref1 CR Ref2 CR amount in satang' }) payload!: string;
  @Field(() => LocalDate, {
    description: 'ชำระภายใน: the last day the bill is owed as billed (the filing deadline when filed on time; when late, the last day of the month of surcharge it counts)',
  }) payBy!: string;
  @Field({ description: 'The pay-by date in Thai, Buddhist Era' }) payByTh!: string;
  @Field(() => BillPaymentObject, { nullable: true, description: 'The payment and its receipt, once matched from the bank\'s file' }) payment!: BillPaymentObject | null;
}

@ObjectType('MonthlyReturnVersion', { description: 'One version of a return: the first filing or an amendment, with what it was assessed' })
export class ReturnVersionObject {
  @Field(() => Int) version!: number;
  @Field(() => LocalDate) filedOn!: string;
  @Field() filedOnTh!: string;
  @Field(() => FilingChannelEnum) channel!: FilingChannel;
  @Field() filerName!: string;
  @Field(() => String, { nullable: true }) filerPosition!: string | null;
  @Field(() => String, { nullable: true, description: "An amendment's reason, as written" }) amendmentReason!: string | null;
  @Field(() => ReturnFiguresObject) figures!: ReturnFiguresObject;
  @Field(() => AssessmentObject) assessment!: AssessmentObject;
  @Field(() => BillObject, { nullable: true }) bill!: BillObject | null;
  @Field(() => String, { nullable: true, description: 'An overpayment to refund, baht' }) overpayment!: string | null;
  @Field(() => Date) recordedAt!: Date;
}

@ObjectType('MonthlyReturn', { description: 'แบบยื่นรายเดือน: a business\'s return of a PAO levy for a month, with every version' })
export class MonthlyReturnObject {
  @Field(() => ID) id!: string;
  @Field(() => LevyKindEnum) kind!: ReturnKind;
  @Field({ description: 'YYYY-MM (CE)' }) period!: string;
  @Field({ description: 'The month in Thai, Buddhist Era, e.g. มีนาคม 2568' }) periodTh!: string;
  @Field() authorityCode!: string;
  @Field() authorityNameTh!: string;
  @Field(() => Int) businessNo!: number;
  @Field() businessName!: string;
  @Field(() => MonthlyReturnStatusEnum) status!: ReturnStatus;
  @Field(() => Int, { description: 'The latest version' }) version!: number;
  @Field({ description: 'The levy of the latest version, baht' }) levy!: string;
  @Field({ description: 'Every bill issued for it, baht' }) billed!: string;
  @Field({ description: 'Every overpayment noted for it, baht' }) overpaid!: string;
  @Field({ description: "Every bill's payment matched from the bank's file, baht" }) paid!: string;
  @Field(() => [ReturnVersionObject], { description: 'The versions, first to latest' }) versions!: ReturnVersionObject[];
}

const NUMBER = 'Thai digits and thousands separators accepted';

@InputType({ description: 'Litres (kilograms for LPG and NGV) sold by fuel kind, up to 2 places; blank for none' })
export class FuelFiguresInput {
  @Field(() => String, { nullable: true }) petrol?: string | null;
  @Field(() => String, { nullable: true }) diesel?: string | null;
  @Field(() => String, { nullable: true }) lpg?: string | null;
  @Field(() => String, { nullable: true }) ngv?: string | null;
}

@InputType({ description: `The figures of the return's levy only; ${NUMBER}` })
export class ReturnFiguresInput {
  @Field(() => String, { nullable: true, description: 'Hotel: room rent received in the month, baht, at most 100,000,000' }) roomRent?: string | null;
  @Field(() => FuelFiguresInput, { nullable: true, description: 'Fuel: at most 100,000,000 of each' }) fuel?: FuelFiguresInput | null;
  @Field(() => String, { nullable: true, description: 'Tobacco: pieces sold, at most 1,000,000,000' }) cigarettes?: string | null;
}

@InputType('FilerInput', { description: 'Who signed the filing' })
export class FilerInput {
  @Field({ description: 'At most 200 characters' }) name!: string;
  @Field(() => String, { nullable: true, description: 'At most 200 characters' }) position?: string | null;
}

@InputType({ description: 'A paper filing staff key in for a registered business' })
export class FileMonthlyReturnInput {
  @Field(() => String, { nullable: true, description: 'The client\'s id of this command: a retry with it stores nothing new' }) commandId?: string | null;
  @Field(() => Int, { description: "The business's registration number" }) businessNo!: number;
  @Field(() => LevyKindEnum) kind!: ReturnKind;
  @Field({ description: 'The month: YYYY-MM, CE or Buddhist Era year; Thai digits accepted' }) period!: string;
  @Field(() => ReturnFiguresInput) figures!: ReturnFiguresInput;
  @Field(() => FilerInput) filer!: FilerInput;
  @Field(() => String, { nullable: true, description: 'The day the paper reached the office: YYYY-MM-DD, CE or B.E.; blank for today' })
  receivedOn?: string | null;
}

@InputType({ description: 'An amended return: new figures for a filed return, assessed on the difference' })
export class AmendMonthlyReturnInput {
  @Field(() => String, { nullable: true }) commandId?: string | null;
  @Field(() => ID) returnId!: string;
  @Field(() => ReturnFiguresInput) figures!: ReturnFiguresInput;
  @Field(() => FilerInput) filer!: FilerInput;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, CE or B.E.; blank for today' }) receivedOn?: string | null;
  @Field({ description: 'Why the figures change, at most 500 characters' }) reason!: string;
}
