import { graphql, type ResultOf } from '../graphql';

export const LOCAL_AUTHORITIES = graphql(`
  query LocalAuthorities($province: String, $kind: LocalAuthorityKind, $after: String) {
    localAuthorities(province: $province, kind: $kind, first: 50, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { code nameTh kind municipalityClass provinceCode provinceNameTh districtCode districtNameTh billerCode } }
    }
  }
`);

export const LOCAL_AUTHORITY = graphql(`
  query LocalAuthority($code: String!, $on: String!) {
    localAuthority(code: $code) { code nameTh kind municipalityClass provinceCode provinceNameTh districtCode districtNameTh billerCode }
    authorityTermsInForce(code: $code, on: $on) {
      authorityCode effectiveFrom effectiveFromTh ordinance hotelFeePercent fuelRates { petrol diesel lpg ngv } tobaccoRate
      leafletPermitFee leafletDecisionDays filingDeadlineDay surchargePercentPerMonth surchargeCapPercent
    }
    authorityTermsHistory(code: $code) { effectiveFrom effectiveFromTh ordinance }
  }
`);

export const REGISTER_LOCAL_AUTHORITY = graphql(`
  mutation RegisterLocalAuthority($input: RegisterLocalAuthorityInput!) {
    registerLocalAuthority(input: $input) { code nameTh kind municipalityClass provinceCode provinceNameTh districtCode districtNameTh billerCode }
  }
`);

export const EDIT_LOCAL_AUTHORITY = graphql(`
  mutation EditLocalAuthority($input: EditLocalAuthorityInput!) {
    editLocalAuthority(input: $input) { code nameTh kind municipalityClass provinceCode provinceNameTh districtCode districtNameTh billerCode }
  }
`);

export const ENACT_AUTHORITY_TERMS = graphql(`
  mutation EnactAuthorityTerms($input: EnactAuthorityTermsInput!) {
    enactAuthorityTerms(input: $input) {
      authorityCode effectiveFrom effectiveFromTh ordinance hotelFeePercent fuelRates { petrol diesel lpg ngv } tobaccoRate
      leafletPermitFee leafletDecisionDays filingDeadlineDay surchargePercentPerMonth surchargeCapPercent
    }
  }
`);

export type LocalAuthority = NonNullable<ResultOf<typeof REGISTER_LOCAL_AUTHORITY>['registerLocalAuthority']>;
export type AuthorityTerms = NonNullable<ResultOf<typeof ENACT_AUTHORITY_TERMS>['enactAuthorityTerms']>;
export type AuthorityKind = LocalAuthority['kind'];
export type MunicipalityClass = NonNullable<LocalAuthority['municipalityClass']>;

