import { createLogger, type Logger } from '../../src/logger.js';

export interface LogSink {
  readonly logger: Logger;
  /** Every line written so far, parsed. */
  readonly entries: Record<string, unknown>[];
  /** The raw text written so far, to check that no secret appears anywhere in it. */
  text(): string;
}

/** A real JSON logger (as main.ts makes it) writing into memory instead of stdout. */
export function memoryLog(): LogSink {
  const lines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
  return {
    logger,
    get entries() {
      return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    text: () => lines.join(''),
  };
}
