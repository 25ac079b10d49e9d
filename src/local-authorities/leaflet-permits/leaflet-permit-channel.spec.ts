import { describe, expect, it } from '@jest/globals';
import { given } from '../../../test/support/decider-spec.js';
import { leafletPermitDecider as decider } from './leaflet-permit.decider.js';
import { LEAFLET_EVENT_SCHEMA, type LeafletPermitRequestedData } from './leaflet-permit.events.js';
import { requestCommand, requestedEvent } from './leaflet-permit-fixtures.js';

describe('leaflet permit: the channel a request came by', () => {
  it('records an online request as ONLINE, the rest of it as staff\'s would be', () => {
    const data = requestedEvent().data as LeafletPermitRequestedData;
    given(decider).when(requestCommand({ channel: 'ONLINE' })).then([{ type: 'LeafletPermitRequested', data: { ...data, channel: 'ONLINE' } }]);
  });

  it('reads a request of schema 1 (before the channel) as keyed by staff, PAPER, and takes commands on it', () => {
    const { channel, ...v1 } = requestedEvent().data as LeafletPermitRequestedData;
    expect(channel).toBe('PAPER');
    const stored = { type: 'LeafletPermitRequested', schemaVersion: 1, data: v1 };
    expect(LEAFLET_EVENT_SCHEMA.upcast(stored)).toEqual(requestedEvent());
    expect(decider.read!(stored)).toEqual(requestedEvent());
    expect(decider.schemaVersions.LeafletPermitRequested).toBe(2);
  });
});
