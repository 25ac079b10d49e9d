import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DistrictObject, ProvinceObject } from '../../geography/geography.types.js';

@ObjectType('DebtRegistrationsByChannel', { description: 'Registered cases by registration channel (ช่องทางการลงทะเบียน)' })
export class ChannelCounts {
  @Field(() => Int, { description: 'Self-registration online via QR code, verified with ThaiD' }) selfQrThaid!: number;
  @Field(() => Int, { description: 'Self-registration inside the ThaiD app' }) thaidApp!: number;
  @Field(() => Int, { description: 'At a registration counter, keyed in by staff' }) counter!: number;
  @Field(() => Int, { description: 'On a paper form, keyed in later' }) paper!: number;
}

const BAHT = 'exact decimal baht with two places, e.g. "12500.50"';

@ObjectType('DebtCaseCounts', {
  description: 'Informal-debt cases (หนี้นอกระบบ) of an area as they stand now: each case counts where it is now, '
    + 'so a transfer moves all of it. Definitions in README, section "District counts".',
})
export class DebtCaseCounts {
  @Field(() => Int, { description: 'ยอดลงทะเบียน: every case registered here or transferred here, closed ones included' })
  registered!: number;
  @Field(() => ChannelCounts) byChannel!: ChannelCounts;
  @Field(() => Int, { description: 'Creditors listed in the registered cases' }) creditors!: number;
  @Field(() => Int, { description: 'Debts listed in the registered cases' }) debts!: number;
  @Field({ description: `Principal of the registered debts, ${BAHT}` }) principal!: string;
  @Field({ description: `Outstanding amount of the registered debts, ${BAHT}` }) outstanding!: string;
  @Field(() => Int, { description: 'ติดต่อแล้ว: cases whose debtor has been reached by a contact attempt (stays counted)' })
  contacted!: number;
  @Field(() => Int, { description: 'ประสงค์ไกล่เกลี่ย: cases whose debtor, when last reached, said they wish mediation' })
  wishingMediation!: number;
  @Field(() => Int, { description: 'อยู่ระหว่างไกล่เกลี่ย: cases with a mediation session scheduled and no outcome yet' })
  inMediation!: number;
  @Field(() => Int, { description: 'ไกล่เกลี่ยสำเร็จ: cases whose mediation reached an agreement' }) agreed!: number;
  @Field(() => Int, {
    description: 'ไกล่เกลี่ยไม่สำเร็จ: cases whose last mediation session ended without agreement (party absence included) '
      + 'and that have not been scheduled again',
  })
  notAgreed!: number;
  @Field(() => Int, { description: 'Of notAgreed: the last session failed because a party did not come' }) partyAbsent!: number;
  @Field(() => Int, { description: 'ส่งพนักงานสอบสวน/หน่วยงานอื่น: cases referred to the police or another agency (stays counted)' })
  referred!: number;
  @Field(() => Int, { description: 'ยุติ: cases closed now (a reopened case no longer counts)' }) closed!: number;
  @Field({ description: `Debt before mediation of the agreed cases, ${BAHT}` }) debtBefore!: string;
  @Field({ description: `Debt after mediation of the agreed cases, ${BAHT}` }) debtAfter!: string;
  @Field({ description: `Debt reduced by the agreements (before − after), ${BAHT}` }) debtReduced!: string;
  @Field(() => Int, {
    description: 'รับโอน: moves of a case into a district of the area (a transfer or a district correction), summed over its '
      + 'districts, so a move between two of them counts in both transfersIn and transfersOut; moves, which stay, not cases held now',
  })
  transfersIn!: number;
  @Field(() => Int, { description: 'โอนออก: moves of a case out of a district of the area to another district, summed as transfersIn' })
  transfersOut!: number;
}

@ObjectType('DistrictDebtCounts', { description: 'The debt-case counts of one district' })
export class DistrictCountsObject {
  @Field(() => DistrictObject) district!: DistrictObject;
  @Field(() => DebtCaseCounts) counts!: DebtCaseCounts;
}

@ObjectType('ProvinceDebtCounts', { description: 'The debt-case counts of one province: the sum of its districts' })
export class ProvinceCountsObject {
  @Field(() => ProvinceObject) province!: ProvinceObject;
  @Field(() => DebtCaseCounts) counts!: DebtCaseCounts;
}
