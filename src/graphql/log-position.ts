import { formatLogPosition } from '../eventstore/log-position-text.js';
import { START_OF_LOG, type LogPosition } from '../eventstore/event-store.port.js';

/** How a mutation's answer describes where it left the log. */
export const POSITION_DESCRIPTION = 'Where the command left the log, e.g. 34270/5 (its events; none recorded: the case\'s last event). '
  + 'Pass it as afterPosition to a list to read it with this change';

/** The `afterPosition` argument of a list read from a projection. */
export const AFTER_POSITION_ARG = {
  type: () => String,
  nullable: true,
  description: 'A mutation\'s position: the list answers once it holds the log up to it (PROJECTION_BEHIND after a few seconds)',
} as const;

/** A command's position as clients see it; a stream still empty stands at the start of the log. */
export const positionText = (position: LogPosition | undefined): string => formatLogPosition(position ?? START_OF_LOG);
