import type pg from 'pg';
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

const REGISTER_BUSINESS = 'mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo } }';

/** A business of the PAO to register: its name, its one levy, the subdistrict it lies in, the owner's juristic number. */
export type ChonburiBusiness = [nameTh: string, kind: 'HOTEL' | 'FUEL' | 'TOBACCO', subdistrictCode: string, ownerIdNumber: string];

/**
 * Registers the businesses with the Chonburi PAO as `who`, owned by juristic persons of the same name, and answers
 * their numbers; `backdate` moves the first `count` ones' registration to `at` (the service's clock starts later than
 * the register the test needs: a report counts a business from its registration on).
 */
export async function registerChonburiBusinesses(
  who: SignedIn, businesses: ChonburiBusiness[], backdate?: { pool: Pick<pg.Pool, 'query'>; count: number; at: string },
): Promise<number[]> {
  const numbers: number[] = [];
  for (const [nameTh, kind, subdistrictCode, ownerIdNumber] of businesses) {
    const answer = await who.graphql(REGISTER_BUSINESS, { input: {
      authorityCode: CHONBURI_PAO.code, nameTh, kinds: [kind], addressLine: '1 ถนนสุขุมวิท', subdistrictCode, ownerKind: 'JURISTIC', ownerIdNumber, ownerName: nameTh,
    } });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    numbers.push(answer.data.registerBusiness.businessNo);
  }
  if (backdate) {
    await backdate.pool.query('UPDATE local_businesses SET registered_at = $2 WHERE business_no = ANY($1)', [numbers.slice(0, backdate.count), backdate.at]);
  }
  return numbers;
}
