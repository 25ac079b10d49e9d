/** Where "now" comes from. Deciders never read it: handlers put the time on the command. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that starts at `start` and runs forward at the real pace from the moment it is made: for
 * demonstrations and acceptance tests of the 15:00 cut-off (CLOCK_START), never in production.
 */
export function clockStartingAt(start: Date, real: Clock = systemClock): Clock {
  const offset = start.getTime() - real.now().getTime();
  return { now: () => new Date(real.now().getTime() + offset) };
}
