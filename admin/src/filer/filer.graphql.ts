import { graphql } from '../graphql';

export const SIGNED_IN_FILER = graphql(`
  query SignedInFiler { filer { citizenIdMasked name sessionExpiresAt } filerSignInAvailable }
`);
