import { graphql, type ResultOf } from '../graphql';
import { MONTHLY_RETURN_WHOLE } from '../local-authorities/levies/levies.graphql';

export const SIGNED_IN_FILER = graphql(`
  query SignedInFiler { filer { citizenIdMasked name sessionExpiresAt } filerSignInAvailable }
`);

export const FILER_BUSINESSES = graphql(`
  query FilerBusinesses { filerBusinesses { businessNo nameTh authorityNameTh kinds addressLine placeTh filesAs authorisedRole ownerName } }
`);

export const FILER_RETURNS = graphql(`
  query FilerReturns($after: String) {
    filerReturns(first: 24, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id businessNo businessName kind periodTh version status channel filedOn levy billed paid lastReceiptNumber } }
    }
  }
`);

export const FILER_RETURN = graphql(`
  query FilerReturn($id: ID!) { filerReturn(id: $id) { ...MonthlyReturnWhole } }
`, [MONTHLY_RETURN_WHOLE]);

export const FILE_RETURN_ONLINE = graphql(`
  mutation FileReturnOnline($input: FileReturnOnlineInput!) { fileReturnOnline(input: $input) { id } }
`);

export const AMEND_RETURN_ONLINE = graphql(`
  mutation AmendReturnOnline($input: AmendReturnOnlineInput!) { amendReturnOnline(input: $input) { id version } }
`);

export type FilerBusiness = NonNullable<ResultOf<typeof FILER_BUSINESSES>['filerBusinesses']>[number];
export type FilerReturn = NonNullable<ResultOf<typeof FILER_RETURN>['filerReturn']>;
