import { graphql, type ResultOf } from '../../graphql';

export const STAFF_ACCOUNT_FIELDS = graphql(`
  fragment StaffAccountRow on StaffAccount {
    id citizenId title firstName lastName position positionTh level officeCode officeNameTh administrator
    officePhone mobilePhone status erased mayManage
  }
`);

export const STAFF_OFFICE = graphql(`
  query StaffOffice($officeCode: String!) {
    staffOffice(officeCode: $officeCode) { officeCode nameTh registrableLevels assignableLevels }
  }
`);

export const STAFF_ACCOUNTS = graphql(`
  query StaffAccounts($officeCode: String!, $first: Int, $after: String) {
    staffAccounts(officeCode: $officeCode, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...StaffAccountRow } }
    }
  }
`, [STAFF_ACCOUNT_FIELDS]);

export const PROVINCES = graphql(`query Provinces { provinces { code nameTh } }`);

export const DISTRICTS = graphql(`
  query Districts($provinceCode: String!) { districts(provinceCode: $provinceCode) { code nameTh isBangkokKhet } }
`);

export const CREATE_STAFF_ACCOUNT = graphql(`
  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) { oneTimePassword account { ...StaffAccountRow } }
  }
`, [STAFF_ACCOUNT_FIELDS]);

export const SUSPEND_STAFF_ACCOUNT = graphql(`
  mutation SuspendStaffAccount($input: SuspendStaffAccountInput!) { suspendStaffAccount(input: $input) { ...StaffAccountRow } }
`, [STAFF_ACCOUNT_FIELDS]);

export const REINSTATE_STAFF_ACCOUNT = graphql(`
  mutation ReinstateStaffAccount($input: ReinstateStaffAccountInput!) { reinstateStaffAccount(input: $input) { ...StaffAccountRow } }
`, [STAFF_ACCOUNT_FIELDS]);

export const CHANGE_STAFF_ACCOUNT_OFFICE = graphql(`
  mutation ChangeStaffAccountOffice($input: ChangeStaffAccountOfficeInput!) {
    changeStaffAccountOffice(input: $input) { ...StaffAccountRow }
  }
`, [STAFF_ACCOUNT_FIELDS]);

export const RESET_STAFF_ACCOUNT_PASSWORD = graphql(`
  mutation ResetStaffAccountPassword($input: ResetStaffAccountPasswordInput!) {
    resetStaffAccountPassword(input: $input) { oneTimePassword account { ...StaffAccountRow } }
  }
`, [STAFF_ACCOUNT_FIELDS]);

export type StaffAccountRow = ResultOf<typeof STAFF_ACCOUNT_FIELDS>;
export type StaffLevel = StaffAccountRow['level'];
export type StaffPosition = StaffAccountRow['position'];
