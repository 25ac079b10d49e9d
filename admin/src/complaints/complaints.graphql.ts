import { graphql, type ResultOf } from '../graphql';

/** The GraphQL documents of the complaint pages. */

export const CATEGORIES = graphql(`
  query ComplaintCategories { complaintCategories { code nameTh subWrittenIn subs { code nameTh } } }
`);

export const RECEIVE = graphql(`
  mutation ReceiveComplaint($input: ReceiveComplaintInput!) {
    receiveComplaint(input: $input) { complaint { complaintId trackingCode } }
  }
`);

export const DUPLICATE_CHECK = graphql(`
  query PossibleDuplicateComplaints($input: ComplaintDuplicateCheckInput!) {
    possibleDuplicateComplaints(input: $input) { complaintId reason heldBy { nameTh } sinceTh }
  }
`);

/** What the list says of a complaint: enough to recognise it as the same one. */
export const COMPLAINT_SUMMARY = graphql(`
  query ComplaintSummary($id: ID!) { complaint(id: $id) { complaintId trackingCode subject status receivedAt } }
`);

export const COMPLAINTS = graphql(`
  query Complaints($filter: ComplaintFilter, $first: Int, $after: String) {
    complaints(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        complaintId trackingCode status receivedAt subject channel updatedAt stale
        category { mainCode subCode otherText }
        owningOffice { nameTh }
        assignee { kind subdistrictCode name }
      } }
    }
  }
`);

/** A team's progress note, answering the log position the list then waits for. */
export const RECORD_MY_PROGRESS = graphql(`
  mutation RecordMyComplaintProgress($input: RecordComplaintProgressInput!) { recordComplaintProgress(input: $input) { version position } }
`);

/** เรื่องของฉัน: a tambon team's complaints, with where each happened. */
export const MY_COMPLAINTS = graphql(`
  query MyComplaints($first: Int, $after: String, $afterPosition: String) {
    complaints(first: $first, after: $after, afterPosition: $afterPosition) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { complaintId trackingCode status receivedAt subject updatedAt location { subdistrictCode lat lng } } }
    }
  }
`);

export const COMPLAINT_PAGE = graphql(`
  query ComplaintPage($id: ID!) {
    complaintDetail(id: $id) {
      complaintId trackingCode status channel receivedAt subject description duplicateOf
      receivedBy { nameTh }
      owningOffice { level code nameTh }
      category { mainNameTh subNameTh otherText }
      complainant {
        anonymous citizenId title firstName lastName phone
        address { line subdistrict { nameTh } district { nameTh } province { nameTh } }
      }
      accused { kind name position agency }
      location { subdistrict { nameTh } district { nameTh } province { nameTh } lat lng }
      assignee { kind name subdistrict { nameTh } }
      resolution { result }
      closing { reason note }
      possibleDuplicates { complaintId reason heldBy { nameTh } sinceTh }
      allowedActions
      allowedCloseReasons
      documents {
        documentId type size pages fileName attachedAt url erased ocrState ocrEngine ocrReason
        attachedBy { nameTh }
        pageTexts { page text confidence }
      }
    }
    complaintHistory(id: $id) {
      version at typeLabelTh
      actedBy { kind title firstName lastName positionTh office { nameTh } systemTh }
      changes { field labelTh before after beforeTh afterTh }
    }
  }
`);

export type ComplaintPageData = NonNullable<ResultOf<typeof COMPLAINT_PAGE>['complaintDetail']>;
export type ComplaintDocumentData = ComplaintPageData['documents'][number];
export type HistoryEntry = NonNullable<ResultOf<typeof COMPLAINT_PAGE>['complaintHistory']>[number];

export const ASSIGN = graphql(`
  mutation AssignComplaint($input: AssignComplaintInput!) { assignComplaint(input: $input) { version } }
`);
export const RECORD_PROGRESS = graphql(`
  mutation RecordComplaintProgress($input: RecordComplaintProgressInput!) { recordComplaintProgress(input: $input) { version } }
`);
export const FORWARD = graphql(`
  mutation ForwardComplaint($input: ForwardComplaintInput!) { forwardComplaint(input: $input) { version } }
`);
export const RESOLVE = graphql(`
  mutation ResolveComplaint($input: ResolveComplaintInput!) { resolveComplaint(input: $input) { version } }
`);
export const CLOSE = graphql(`
  mutation CloseComplaint($input: CloseComplaintInput!) { closeComplaint(input: $input) { version } }
`);
export const REOPEN = graphql(`
  mutation ReopenComplaint($input: ReopenComplaintInput!) { reopenComplaint(input: $input) { version } }
`);
export const MARK_DUPLICATE = graphql(`
  mutation MarkComplaintDuplicate($input: MarkComplaintDuplicateInput!) { markComplaintDuplicate(input: $input) { version } }
`);

export const STALE_COUNTS = graphql(`
  query StaleComplaintCounts($days: String) {
    staleComplaintCounts(days: $days) {
      days before total
      offices { office { level code nameTh } count oldestUpdateAt }
    }
  }
`);

/** สถิติ ณ วันสิ้นเดือน of a month, and the corrections it lists: complaints of earlier months keyed in after their month end. */
export const MONTH_END = graphql(`
  query ComplaintMonthEndPage($month: String!) {
    complaintMonthEnd(month: $month) {
      monthTh frozenAt provinceCode districtCode districtNameTh category receivedInMonth received inProgress resolved closed
    }
    complaintMonthEndCorrections(month: $month) {
      monthTh correctedMonth correctedMonthTh provinceCode districtCode districtNameTh category received inProgress resolved closed
    }
  }
`);

/** ค้นหาเรื่องร้องเรียน: hits of a search with where the words matched. */
export const SEARCH_COMPLAINTS = graphql(`
  query SearchComplaints($text: String!, $first: Int, $after: String) {
    searchComplaints(text: $text, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        complaintId trackingCode status subject rank matchedIn receivedAtTh
        owningOffice { nameTh }
        snippet { text matched }
      } }
    }
  }
`);

export const ATTACH_DOCUMENT = graphql(`
  mutation AttachComplaintDocument($input: AttachComplaintDocumentInput!) { attachComplaintDocument(input: $input) { version } }
`);

export const OCR_QUEUE = graphql(`
  query ComplaintOcrQueue { complaintOcrQueue { waiting working done failed oldestWaitingSince enabled engine offReason } }
`);
