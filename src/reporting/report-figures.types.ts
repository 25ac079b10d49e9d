import { Field, Int, ObjectType } from '@nestjs/graphql';

const FROZEN_BEFORE = 'null in a daily report frozen before these figures were recorded';

@ObjectType('MediationReportFigures', {
  description: 'Figures of the informal-debt mediation reports; money in baht as exact decimal text. In the cumulative figures of a daily '
    + 'report, registered, creditors, principal, outstanding and wishingMediation are what the department publishes as at 15.00 '
    + '(debtors, creditors, total debt, those who wish mediation)',
})
export class MediationReportFiguresObject {
  @Field(() => Int, { description: 'ลงทะเบียน: registrations, all channels; one debtor (ลูกหนี้) each' }) registered!: number;
  @Field(() => Int, { description: 'Registrations through the QR code with ThaiD' }) registeredSelfQrThaid!: number;
  @Field(() => Int, { description: 'Registrations inside the ThaiD app' }) registeredThaidApp!: number;
  @Field(() => Int, { description: 'Registrations at a counter' }) registeredCounter!: number;
  @Field(() => Int, { description: 'Registrations on a paper form, keyed in later' }) registeredPaper!: number;
  @Field(() => Int, { description: 'ติดต่อลูกหนี้ได้: cases whose debtor was first reached' }) contacted!: number;
  @Field(() => Int, { description: 'ไกล่เกลี่ย: mediation sessions with an outcome (agreed + not agreed + party absent)' }) mediationsHeld!: number;
  @Field(() => Int, { description: 'ไกล่เกลี่ยสำเร็จ' }) agreed!: number;
  @Field(() => Int, { description: 'ไกล่เกลี่ยไม่สำเร็จ' }) notAgreed!: number;
  @Field(() => Int, { description: 'คู่กรณีไม่มา' }) partyAbsent!: number;
  @Field(() => Int, { description: 'ส่งพนักงานสอบสวนหรือหน่วยงานอื่น' }) referred!: number;
  @Field(() => Int, { description: 'ยุติ: closings less reopenings' }) closed!: number;
  @Field({ description: 'มูลหนี้ก่อนไกล่เกลี่ย of the agreements, baht' }) debtBefore!: string;
  @Field({ description: 'มูลหนี้หลังไกล่เกลี่ย of the agreements, baht' }) debtAfter!: string;
  @Field({ description: 'มูลหนี้ที่ลดลง, baht' }) reduction!: string;
  @Field(() => Int, { description: 'รับโอน: cases transferred in' }) transfersIn!: number;
  @Field(() => Int, { description: 'โอนออก: cases transferred out' }) transfersOut!: number;
  @Field(() => Int, { nullable: true, description: `เจ้าหนี้: creditors of the registrations; ${FROZEN_BEFORE}` }) creditors!: number | null;
  @Field(() => String, { nullable: true, description: `เงินต้น: principal of the registered debts, baht; ${FROZEN_BEFORE}` })
  principal!: string | null;
  @Field(() => String, { nullable: true, description: `ยอดหนี้คงค้าง: outstanding debt of the registrations, baht; ${FROZEN_BEFORE}` })
  outstanding!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: `ประสงค์ไกล่เกลี่ย: debtors who, the last time they were reached, wished mediation (a change counts in its period, so a period may show less than 0); ${FROZEN_BEFORE}`,
  })
  wishingMediation!: number | null;
}

@ObjectType('MediationReportPeriodAndCumulative', {
  description: 'Figures of the period and cumulative up to its end. They add up: cumulative = the previous report\'s cumulative '
    + '+ its corrections + period + movedIn − movedOut, for every figure',
})
export class MediationReportPeriodAndCumulativeObject {
  @Field(() => MediationReportFiguresObject, {
    description: 'What the district did in the period: facts that counted in it (credited to the district holding the case then), and the transfers it made',
  })
  period!: MediationReportFiguresObject;
  @Field(() => MediationReportFiguresObject, {
    nullable: true,
    description: 'รับโอนพร้อมเรื่อง: the figures the cases transferred in during the period brought with them; null in a report frozen before they were recorded',
  })
  movedIn!: MediationReportFiguresObject | null;
  @Field(() => MediationReportFiguresObject, {
    nullable: true,
    description: 'โอนออกพร้อมเรื่อง: the figures the cases transferred out during the period took with them; null in a report frozen before they were recorded',
  })
  movedOut!: MediationReportFiguresObject | null;
  @Field(() => MediationReportFiguresObject, {
    description: 'Everything up to the end, each case at the district holding it then (a transfer moves its figures)',
  })
  cumulative!: MediationReportFiguresObject;
}

@ObjectType('MediationReportPosition', { description: 'A place in the global event log: (transactionId, globalPosition)' })
export class MediationReportPositionObject {
  @Field() transactionId!: string;
  @Field() globalPosition!: string;
}

@ObjectType('MediationReportDownloads', { description: 'Where to download the report (GET, relative to the service)' })
export class MediationReportDownloadsObject {
  @Field({ description: 'Excel workbook' }) xlsx!: string;
  @Field({ description: 'PDF in Sarabun' }) pdf!: string;
}
