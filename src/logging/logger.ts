import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stderr, so stdout stays free for command output (exports, keys, JSON).
 */
export function createLogger(level: string, name = 'isnad'): Logger {
  return pino({ name, level }, pino.destination(2));
}
