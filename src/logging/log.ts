import type { LoggerService } from '@nestjs/common';
import { Logger, PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from '../config/config.js';
import { errorLogLine } from '../shared/error-log-line.js';

/**
 * The service's logger: one JSON object a line on stdout (`fd` 1; the command line gives 2, stderr), written
 * asynchronously (a tenth of the time a synchronous write to a pipe takes; pino flushes it at exit), or readable
 * lines when that is a terminal (pino-pretty, synchronously, in this thread). A `destination` stream replaces the
 * file descriptor (tests read the lines). An error logged as `err` is written as errorLogLine writes it: its
 * class, code and frames, never its message, which may repeat what a person typed.
 */
export function createLog(level: LogLevel, destination?: pino.DestinationStream, fd: 1 | 2 = 1): pino.Logger {
  const terminal = (fd === 1 ? process.stdout : process.stderr).isTTY;
  const out = destination ?? (terminal ? pretty({
    sync: true, destination: fd, translateTime: 'SYS:yyyy-mm-dd HH:MM:ss.l', singleLine: true,
    ignore: 'pid,hostname,context', messageFormat: '{if context}{context}: {end}{msg}',
  }) : pino.destination({ fd, sync: false }));
  return pino({ level, timestamp: pino.stdTimeFunctions.isoTime, serializers: { err: errorLogLine } }, out);
}

/** A LoggerService on `log` for Nest's static Logger where no Nest application is (the command line). */
export function nestLoggerOn(log: pino.Logger): LoggerService {
  return new Logger(new PinoLogger({ pinoHttp: { logger: log } }), {});
}
