/**
 * A failure to provide a database, with one line that says what went wrong and how to fix it.
 * The CLI prints only the message (no stack trace).
 */
export class DatabaseSetupError extends Error {
  override name = 'DatabaseSetupError';
}
