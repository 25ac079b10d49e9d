import { graphql, type ResultOf } from '../../graphql';

export const LEAFLET_PERMIT_AUTHORITIES = graphql(`
  query LeafletPermitAuthorities($search: String!) { leafletPermitAuthorities(search: $search) { code nameTh placeTh } }
`);

export const FILER_LEAFLET_PERMITS = graphql(`
  query FilerLeafletPermits($after: String) {
    filerLeafletPermits(first: 24, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { permitId status channel authorityNameTh advertisement from to leaflets fee requestedOn dueOn permitNumber pdfPath } }
    }
  }
`);

export const FILER_LEAFLET_PERMIT = graphql(`
  query FilerLeafletPermit($id: ID!) {
    filerLeafletPermit(id: $id) {
      permitId status channel authorityNameTh applicantName phone advertisement from to leaflets fee requestedOn dueOn decidedOn
      conditions reasons paidOn receiptNumber permitNumber issuedOn pdfPath
      places { kind subdistrictCode subdistrictNameTh lat lon description }
    }
  }
`);

export const REQUEST_LEAFLET_PERMIT_ONLINE = graphql(`
  mutation RequestLeafletPermitOnline($input: RequestLeafletPermitOnlineInput!) {
    requestLeafletPermitOnline(input: $input) { permitId status channel authorityNameTh advertisement from to leaflets fee requestedOn dueOn permitNumber pdfPath }
  }
`);

/** A request as the mutation answered it, read from its stream: what the list shows until its read model has it. */
export type RequestedLeafletPermit = NonNullable<ResultOf<typeof REQUEST_LEAFLET_PERMIT_ONLINE>['requestLeafletPermitOnline']>;

export type FilerLeafletPermit = NonNullable<ResultOf<typeof FILER_LEAFLET_PERMIT>['filerLeafletPermit']>;

/** The filer's leaflet pages ask with the filer's cookie, never a staff session; their lists are asked afresh after a request. */
export const LEAFLET_CONTEXT = { sessionCheck: false, additionalTypenames: ['FilerLeafletPermit', 'FilerLeafletPermitListItem'] };

/** Where a request stands, as the applicant reads it. */
export const FILER_STATUS_TH: Record<FilerLeafletPermit['status'], string> = {
  REQUESTED: 'ยื่นคำขอแล้ว รอเจ้าหน้าที่ตรวจสอบ',
  CHECKED: 'ตรวจสอบแล้ว รอพิจารณา',
  APPROVED: 'อนุญาตแล้ว กรุณาชำระค่าธรรมเนียมที่ อปท.',
  REFUSED: 'ไม่อนุญาต',
  PAID: 'ชำระค่าธรรมเนียมแล้ว รอออกใบอนุญาต',
  ISSUED: 'ออกใบอนุญาตแล้ว',
};
