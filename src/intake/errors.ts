/** Why an intake failed, in words a person can act on; `reason` is stable for programs. */
export type IntakeFailure =
  | 'BAD_URL'
  | 'OFFLINE'
  | 'PRIVATE_ADDRESS'
  | 'DNS_FAILED'
  | 'FETCH_FAILED'
  | 'TIMEOUT'
  | 'TOO_MANY_REDIRECTS'
  | 'HTTP_STATUS'
  | 'UNSUPPORTED_CONTENT_TYPE'
  | 'TOO_LARGE'
  | 'UNDECODABLE'
  | 'NO_ARTICLE'
  | 'UNREADABLE_FILE';

/** An expected intake failure: the CLI prints its message (exit 1), the API answers BAD_USER_INPUT. */
export class IntakeError extends Error {
  override name = 'IntakeError';
  readonly userFacing = true;

  constructor(
    readonly reason: IntakeFailure,
    message: string,
  ) {
    super(message);
  }
}
