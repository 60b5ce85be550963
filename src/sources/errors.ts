/** Why an input could not be read as an article. Messages are one line and name the input. */
export type SourceErrorCode =
  | 'SOURCE_MISSING'
  | 'SOURCE_UNSUPPORTED'
  | 'SOURCE_TOO_LARGE'
  | 'SOURCE_BINARY'
  | 'SOURCE_EMPTY'
  | 'SOURCE_BAD_METADATA'
  | 'SOURCE_FETCH_FAILED';

export class SourceError extends Error {
  constructor(
    readonly code: SourceErrorCode,
    /** The file path or URL the problem is about. */
    readonly input: string,
    problem: string,
  ) {
    super(`${input}: ${problem}`);
    this.name = 'SourceError';
  }
}
