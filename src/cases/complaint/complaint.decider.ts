import type { Decider } from '../../shared/decider.js';
import { complaintErrors } from './complaint-errors.js';
import { decideOnReceived } from './lifecycle/complaint-lifecycle.js';
import { decideReceive } from './receipt/complaint-receipt.js';
import { evolveComplaint, initialComplaintState, type ComplaintState } from './complaint-state.js';
import type { ComplaintCommand } from './complaint.commands.js';
import { readRecordedComplaintEvent } from './complaint-event-shapes.js';
import { decideOnDocuments } from './documents/complaint-documents.decider.js';
import { COMPLAINT_EVENT_SCHEMA_VERSIONS, type ComplaintEvent, type ComplaintEventType } from './complaint.events.js';

/** What an erased complaint still takes: its closing, and the OCR's answers on documents attached before. */
const AFTER_ERASURE: readonly ComplaintCommand['type'][] = ['CloseComplaint', 'RecordComplaintDocumentText', 'RecordComplaintDocumentUnread'];

/**
 * เรื่องร้องเรียนร้องทุกข์: the complaint case type of the Damrongdhama centres, one stream per complaint.
 * Pure: time, ids, the tracking code and the duplicate candidates all arrive on the command. Schema versions:
 * ComplaintReceived 2 may hold possible duplicates held elsewhere (DuplicateElsewhere); version 1 is upcast as it
 * is, all its entries being ids (complaint-upcasters.ts). The scanned documents' commands are decided in documents/.
 * A complaint whose personal data was erased (its state says so) takes only AFTER_ERASURE.
 */
export const complaintDecider: Decider<ComplaintCommand, ComplaintEvent, ComplaintState> & {
  schemaVersions: Readonly<Record<ComplaintEventType, number>>;
} = {
  initialState: initialComplaintState,
  evolve: evolveComplaint,
  decide(command, state) {
    if (command.type === 'ReceiveComplaint') {
      if (state.status !== null) throw complaintErrors.alreadyReceived();
      return decideReceive(command);
    }
    if (state.status === null) throw complaintErrors.notFound();
    if (state.personalDataErased && !AFTER_ERASURE.includes(command.type)) throw complaintErrors.personalDataErased();
    switch (command.type) {
      case 'AttachComplaintDocument':
      case 'RecordComplaintDocumentText':
      case 'RecordComplaintDocumentUnread':
        return decideOnDocuments(command, state);
      default:
        return decideOnReceived(command, state);
    }
  },
  schemaVersions: COMPLAINT_EVENT_SCHEMA_VERSIONS,
  read: readRecordedComplaintEvent,
};
