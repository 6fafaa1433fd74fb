/**
 * The one shape of error in lib/: a `code` from the domain's literal union, which the interface turns
 * into a translated message, and a message naming the bad value for developers.
 */
export class CodedError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
  }
}
