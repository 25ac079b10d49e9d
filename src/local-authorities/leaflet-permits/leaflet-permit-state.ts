import type {
  LeafletFeePaidData, LeafletPermitEvent, LeafletPermitIssuedData, LeafletPermitRequestedData, LeafletPermitStatus,
} from './leaflet-permit.events.js';

/** A permit as its events leave it; `status` null before its request. */
export type LeafletPermitState =
  | { status: null }
  | {
    status: LeafletPermitStatus;
    request: LeafletPermitRequestedData;
    checkedAt: string | null;
    checkNote: string | null;
    decidedOn: string | null;
    conditions: string[];
    reasons: string[];
    payment: LeafletFeePaidData | null;
    issue: LeafletPermitIssuedData | null;
  };

export type LeafletPermit = Exclude<LeafletPermitState, { status: null }>;

export const initialLeafletPermitState = (): LeafletPermitState => ({ status: null });

export function evolveLeafletPermit(state: LeafletPermitState, event: LeafletPermitEvent): LeafletPermitState {
  if (event.type === 'LeafletPermitRequested') {
    return {
      status: 'REQUESTED', request: event.data, checkedAt: null, checkNote: null, decidedOn: null, conditions: [], reasons: [],
      payment: null, issue: null,
    };
  }
  if (state.status === null) throw new Error(`${event.type} before the permit was requested`);
  switch (event.type) {
    case 'LeafletPermitChecked': return { ...state, status: 'CHECKED', checkedAt: event.data.at, checkNote: event.data.note };
    case 'LeafletPermitApproved': return { ...state, status: 'APPROVED', decidedOn: event.data.decidedOn, conditions: event.data.conditions };
    case 'LeafletPermitRefused': return { ...state, status: 'REFUSED', decidedOn: event.data.decidedOn, reasons: event.data.reasons };
    case 'LeafletFeePaid': return { ...state, status: 'PAID', payment: event.data };
    case 'LeafletPermitIssued': return { ...state, status: 'ISSUED', issue: event.data };
  }
}
