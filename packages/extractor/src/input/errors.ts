/**
 * Input errors: a bad file or line, named with where it came from. The run reports it and goes on.
 */
export class InputError extends Error {
  override name = 'InputError';

  constructor(
    readonly origin: string,
    message: string,
  ) {
    super(`extractor/input: ${origin}: ${message}`);
  }
}
