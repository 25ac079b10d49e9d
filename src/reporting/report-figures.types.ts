import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MediationReportFigures', { description: 'Figures of the informal-debt mediation reports; money in baht as exact decimal text' })
export class MediationReportFiguresObject {
  @Field(() => Int, { description: 'ลงทะเบียน: registrations, all channels' }) registered!: number;
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
}

@ObjectType('MediationReportPeriodAndCumulative', { description: 'Figures of the period and cumulative up to its end' })
export class MediationReportPeriodAndCumulativeObject {
  @Field(() => MediationReportFiguresObject, { description: 'Facts that counted in the period, transfers made in it' })
  period!: MediationReportFiguresObject;
  @Field(() => MediationReportFiguresObject, { description: 'Everything up to the end, each case at its district as of then' })
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
