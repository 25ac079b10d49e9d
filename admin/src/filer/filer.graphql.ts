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

/** A return as filing or amending it answered, read from its stream: what the filer's list shows until its read model has it. */
const FILED_RETURN = graphql(`
  fragment FiledReturn on MonthlyReturn @_unmask { id businessNo businessName kind periodTh version status levy billed paid }
`);

export const FILE_RETURN_ONLINE = graphql(`
  mutation FileReturnOnline($input: FileReturnOnlineInput!) { fileReturnOnline(input: $input) { ...FiledReturn } }
`, [FILED_RETURN]);

export const AMEND_RETURN_ONLINE = graphql(`
  mutation AmendReturnOnline($input: AmendReturnOnlineInput!) { amendReturnOnline(input: $input) { ...FiledReturn } }
`, [FILED_RETURN]);

export type FiledReturn = ResultOf<typeof FILED_RETURN>;

export type FilerBusiness = NonNullable<ResultOf<typeof FILER_BUSINESSES>['filerBusinesses']>[number];
export type FilerReturn = NonNullable<ResultOf<typeof FILER_RETURN>['filerReturn']>;
