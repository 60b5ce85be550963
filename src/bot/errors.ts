/**
 * Errors meant for the person who typed the command: their message is shown to them as is
 * (privately), with a stable code for logs and tests. Anything else is a bug and gets an apology.
 */
export type UserErrorCode =
  | 'UNKNOWN_COMMAND'
  | 'BAD_OPTION'
  | 'NOT_ADMIN'
  | 'EMPTY_STORE'
  | 'UNKNOWN_ARTICLE'
  | 'NOT_FOUND'
  | 'UNSAFE_URL'
  | 'UNAVAILABLE';

export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
