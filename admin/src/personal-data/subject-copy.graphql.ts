import { graphql, type ResultOf } from '../graphql';

export const SUBJECT_DATA_COPY = graphql(`
  mutation SubjectDataCopy($input: SubjectDataCopyInput!) {
    subjectDataCopy(input: $input) {
      requestId requestedAtTh subjectMasked requestReference pdfPath jsonPath
      records { recordType recordId streamId roles events { eventId version type typeLabelTh recordedAtTh actor actorOffice data actedBy { kind title firstName lastName positionTh systemTh office { nameTh } } } }
      businesses { businessNo authorityCode nameTh kinds addressLine registeredAt }
      reads { readId readAt recordType recordId office fields readBy { kind title firstName lastName positionTh systemTh office { nameTh } } }
    }
  }
`);

export const SUBJECT_COPY_REQUESTS = graphql(`
  query SubjectCopyRequests {
    subjectCopyRequests(first: 20) {
      totalCount
      edges { node { requestId requestedAt subjectMasked requestReference recordCount requestedBy { kind title firstName lastName positionTh systemTh office { nameTh } } } }
    }
  }
`);

export type SubjectCopy = NonNullable<ResultOf<typeof SUBJECT_DATA_COPY>['subjectDataCopy']>;
export type SubjectRecord = SubjectCopy['records'][number];
