import { Cron } from 'croner';

/** When the service rebuilds or verifies projections by itself (README, "Projection rebuilds"). */
export interface ScheduledRebuild {
  /** A cron expression (5 fields, or 6 with seconds first) in Asia/Bangkok. */
  cron: string;
  mode: 'REBUILD' | 'VERIFY_ONLY';
  /** Null: every projection. */
  projection: string | null;
}

export const SCHEDULE_TIME_ZONE = 'Asia/Bangkok';

/** A cron expression of the schedule, checked; it runs nothing by itself (the timer asks it when it is due). */
export const scheduleCron = (expression: string) => new Cron(expression, { timezone: SCHEDULE_TIME_ZONE, paused: true });

/**
 * `REBUILD_SCHEDULE`: entries separated by `;`, each `<cron expression>=<verify|rebuild>[:<projection>]`, e.g.
 * `0 2 * * *=verify;0 3 * * 0=rebuild` (verify every projection at 02:00 daily, rebuild them all on Sundays at
 * 03:00). An error names the entry and why; the caller makes it a ConfigError.
 */
export function parseRebuildSchedule(raw: string): ScheduledRebuild[] {
  return raw.split(';').map((entry) => entry.trim()).filter((entry) => entry !== '').map((entry) => {
    const at = entry.lastIndexOf('=');
    const action = /^(verify|rebuild)(?::([a-z][a-z0-9-]*))?$/.exec(at < 0 ? '' : entry.slice(at + 1).trim());
    if (!action) throw new Error(`"${entry}" is not <cron expression>=<verify|rebuild>[:<projection>], e.g. 0 2 * * *=verify`);
    const cron = entry.slice(0, at).trim();
    try {
      scheduleCron(cron);
    } catch (error) {
      throw new Error(`"${cron}" is not a cron expression: ${(error as Error).message}`);
    }
    return { cron, mode: action[1] === 'verify' ? 'VERIFY_ONLY' : 'REBUILD', projection: action[2] ?? null };
  });
}
