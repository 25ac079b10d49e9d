import { upcaster, type Upcaster } from '../../shared/event-schema.js';
import type { ComplaintEventData, DuplicateInArea } from './complaint.events.js';

type ReceivedV2 = ComplaintEventData<'ComplaintReceived'>;

/** ComplaintReceived as written in version 1: every possible duplicate by its id. */
type ReceivedV1 = Omit<ReceivedV2, 'possibleDuplicates'> & { possibleDuplicates: DuplicateInArea[] };

/**
 * ComplaintReceived 1 → 2, "duplicates held elsewhere". Version 2 may also name a match held outside the receiving
 * office's area by its office and day only (DuplicateElsewhere, seed 004: an office learns only where a match is
 * held); every entry of version 1 is a match in the area by its id, which version 2 holds as it is.
 */
const receivedWithDuplicatesElsewhere = upcaster<ReceivedV1, ReceivedV2>({
  type: 'ComplaintReceived',
  from: 1,
  name: 'duplicates held elsewhere',
  reason: 'a match outside the receiving office\'s area is shown by where it is held, never by its id',
  up: (data) => data,
});

type AttachedV2 = ComplaintEventData<'ComplaintDocumentAttached'>;

/**
 * ComplaintDocumentAttached 1 → 2, "sealed document copies" (issue 17). Version 2 names the key the complaint's copy
 * of the bytes is sealed under; a document of version 1 was attached before sealing and is kept plain (null).
 */
const attachedWithSealedCopy = upcaster<Omit<AttachedV2, 'sealedUnder'>, AttachedV2>({
  type: 'ComplaintDocumentAttached',
  from: 1,
  name: 'sealed document copies',
  reason: 'a scanned document is personal data: its bytes are sealed under the complaint\'s key, which erasure destroys',
  up: (data) => ({ ...data, sealedUnder: null }),
});

/** Every step of the complaint events' shapes, oldest first (see COMPLAINT_EVENT_SCHEMA_VERSIONS). */
export const COMPLAINT_UPCASTERS: readonly Upcaster[] = [receivedWithDuplicatesElsewhere, attachedWithSealedCopy];
