import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger } from 'pino';

/**
 * The JSON log: one object per line (stdout unless a destination is given), ISO times and level
 * names. Events carry an `event` name; nothing secret is ever passed in, and the redaction below
 * is the second line of defence should a careless call hand over a body or headers.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'sessionId', 'headers.cookie', 'headers.authorization', '*.headers.cookie', '*.headers.authorization'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** For apps built without a logger (tests): writes nothing. */
export const silentLogger: Logger = pino({ level: 'silent' });
