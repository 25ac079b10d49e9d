import pino from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from '../config/config.js';
import { errorLogLine } from '../shared/error-log-line.js';

/**
 * The service's logger: one JSON object a line on stdout, or readable lines when stdout is a terminal
 * (pino-pretty, in this thread, so that a line written just before the process exits is not lost). `destination`
 * replaces stdout (tests read the lines). An error logged as `err` is written as errorLogLine writes it: its
 * class, code and frames, never its message, which may repeat what a person typed.
 */
export function createLog(level: LogLevel, destination?: pino.DestinationStream): pino.Logger {
  const out = destination
    ?? (process.stdout.isTTY ? pretty({ sync: true, translateTime: 'SYS:yyyy-mm-dd HH:MM:ss.l', ignore: 'pid,hostname' }) : pino.destination({ fd: 1, sync: true }));
  return pino({ level, timestamp: pino.stdTimeFunctions.isoTime, serializers: { err: errorLogLine } }, out);
}
