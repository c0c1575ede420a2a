import { OfflineImportError } from '../bulk-import/offline-import';
import { ConfigError } from '../config/config';
import { AnnotationError } from '../ingest/annotation-error';
import { DatabaseSetupError } from '../local-neo4j/errors';
import { commanderExitCode } from './usage';

/** Errors whose message is the whole story: printed as one line, no stack trace. */
const EXPECTED_ERRORS = [ConfigError, DatabaseSetupError, AnnotationError, OfflineImportError];

/**
 * Runs a CLI action; an expected failure prints `isnad: MESSAGE` and exits 1. A usage error
 * (commander has already printed it) exits 2; help and version exit 0.
 */
export function runCommand(action: () => Promise<unknown>): void {
  action().catch((error: unknown) => {
    const usage = commanderExitCode(error);
    if (usage !== null) {
      process.exitCode = usage;
      return;
    }
    const expected = EXPECTED_ERRORS.some((type) => error instanceof type) || isCliError(error);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`isnad: ${message}\n`);
    if (!expected && error instanceof Error && process.env.ISNAD_DEBUG)
      process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  });
}

/** Errors of our own that carry a user-facing message (they set `userFacing`). */
function isCliError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { userFacing?: boolean }).userFacing === true
  );
}
