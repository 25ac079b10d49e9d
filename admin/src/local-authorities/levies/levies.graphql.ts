import { graphql, type ResultOf } from '../../graphql';

export const BUSINESSES = graphql(`
  query Businesses($authorityCode: String!, $after: String) {
    localAuthority(code: $authorityCode) { code nameTh kind }
    businesses(authorityCode: $authorityCode, first: 50, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { businessNo nameTh kinds addressLine subdistrictCode placeTh ownerKind ownerIdNumber ownerName } }
    }
  }
`);

export const REGISTER_BUSINESS = graphql(`
  mutation RegisterBusiness($input: RegisterBusinessInput!) {
    registerBusiness(input: $input) { businessNo nameTh kinds addressLine subdistrictCode placeTh ownerKind ownerIdNumber ownerName }
  }
`);

export const MONTHLY_RETURNS = graphql(`
  query MonthlyReturns($authorityCode: String!, $filter: MonthlyReturnFilter!, $after: String) {
    localAuthority(code: $authorityCode) { code nameTh }
    monthlyReturns(filter: $filter, first: 50, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id businessNo businessName kind period periodTh version status channel filedOn dueOn monthsLate levy surcharge billed overpaid paid lastReceiptNumber lastRef1 lastRef2 lastPayBy } }
    }
  }
`);

/** A return whole, every version with its assessment and bill: as staff read it and as its filer does. */
export const MONTHLY_RETURN_WHOLE = graphql(`
  fragment MonthlyReturnWhole on MonthlyReturn @_unmask {
    id kind period periodTh authorityCode authorityNameTh businessNo businessName status version levy billed overpaid paid
    versions {
      version filedOn filedOnTh channel filerName filerPosition amendmentReason recordedAt
      figures { roomRent fuel { petrol diesel lpg ngv } cigarettes }
      assessment {
        ordinance termsEffectiveFrom dueOn dueOnTh monthsLate levy previousLevy surcharge surchargePercentPerMonth surchargeCapPercent difference
        lines { itemTh quantity rateTh amount }
      }
      bill { ref1 ref2 amount payload payBy payByTh payment { paidAt amount line receiptNumber fileDigest } }
      overpayment
    }
  }
`);

export const MONTHLY_RETURN = graphql(`
  query MonthlyReturn($id: ID!) { monthlyReturn(id: $id) { ...MonthlyReturnWhole } }
`, [MONTHLY_RETURN_WHOLE]);

export const FILE_MONTHLY_RETURN = graphql(`
  mutation FileMonthlyReturn($input: FileMonthlyReturnInput!) { fileMonthlyReturn(input: $input) { id } }
`);

export const AMEND_MONTHLY_RETURN = graphql(`
  mutation AmendMonthlyReturn($input: AmendMonthlyReturnInput!) { amendMonthlyReturn(input: $input) { id version } }
`);

export type Business = NonNullable<ResultOf<typeof REGISTER_BUSINESS>['registerBusiness']>;
export type MonthlyReturn = NonNullable<ResultOf<typeof MONTHLY_RETURN>['monthlyReturn']>;
export type LevyKind = Business['kinds'][number];
export type ReturnStatus = MonthlyReturn['status'];
export type ReturnVersion = MonthlyReturn['versions'][number];
