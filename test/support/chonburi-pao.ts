import type { SignedIn } from './test-app.js';

/**
 * The PAO the levy tests file with: Chonburi (2200101, KTB company code 80141), its terms from 1 October 2567 (hotel
 * fee 0.5 %, petrol and diesel 4.54 satang a litre, tobacco 9.30 satang a piece, filings due on the 13th, a surcharge
 * of 2 % a month capped at 100 %), registered and enacted by a central administrator.
 */
export const CHONBURI_PAO = { code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', provinceCode: '20', billerCode: '80141' };

export const CHONBURI_PAO_TERMS = {
  authorityCode: '2200101', effectiveFrom: '2567-10-01', ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2567', hotelFeePercent: '0.5',
  fuelRates: { petrol: '4.54', diesel: '4.54' }, tobaccoRate: '9.30', filingDeadlineDay: '13', surchargePercentPerMonth: '2', surchargeCapPercent: '100',
};

const REGISTER = 'mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }';
const ENACT = 'mutation ($input: EnactAuthorityTermsInput!) { enactAuthorityTerms(input: $input) { effectiveFrom } }';

export async function registerChonburiPao(admin: SignedIn): Promise<void> {
  for (const [query, input] of [[REGISTER, CHONBURI_PAO], [ENACT, CHONBURI_PAO_TERMS]] as const) {
    const answer = await admin.graphql(query, { input });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  }
}
