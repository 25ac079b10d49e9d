import { graphql, type ResultOf } from '../../graphql';

/** An authorisation as the business page lists it: who may file, by what document, who recorded and who revoked it. */
export const AUTHORISED_FILER = graphql(`
  fragment AuthorisedFilerRow on BusinessAuthorisedFiler @_unmask {
    filerNo citizenId name role evidenceReference evidenceDateTh active authorisedAtTh revokedAtTh revokeReason
    authorisedBy { kind title firstName lastName positionTh office { nameTh } systemTh }
    revokedBy { kind title firstName lastName positionTh office { nameTh } systemTh }
  }
`);

export const BUSINESS_WITH_FILERS = graphql(`
  query BusinessWithFilers($businessNo: Int!) {
    business(businessNo: $businessNo) {
      businessNo authorityCode nameTh kinds addressLine placeTh ownerKind ownerIdNumber ownerName
      authorisedFilers { ...AuthorisedFilerRow }
    }
  }
`, [AUTHORISED_FILER]);

export const AUTHORISE_BUSINESS_FILER = graphql(`
  mutation AuthoriseBusinessFiler($input: AuthoriseBusinessFilerInput!) {
    authoriseBusinessFiler(input: $input) { businessNo authorisedFilers { ...AuthorisedFilerRow } }
  }
`, [AUTHORISED_FILER]);

export const REVOKE_BUSINESS_FILER = graphql(`
  mutation RevokeBusinessFiler($input: RevokeBusinessFilerInput!) {
    revokeBusinessFiler(input: $input) { businessNo authorisedFilers { ...AuthorisedFilerRow } }
  }
`, [AUTHORISED_FILER]);

export type BusinessWithFilers = NonNullable<ResultOf<typeof BUSINESS_WITH_FILERS>['business']>;
export type AuthorisedFiler = ResultOf<typeof AUTHORISED_FILER>;
