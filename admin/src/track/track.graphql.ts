import { graphql } from '../graphql';

/** The public follow-up: what a citizen with the code may see, nothing personal (no sign-in). */
export const COMPLAINT_STATUS = graphql(`
  query TrackComplaint($trackingCode: String!) {
    complaintStatus(trackingCode: $trackingCode) {
      status statusTh handledBy receivedOn { th iso } updatedOn { th iso } closedOn { th iso }
    }
  }
`);
