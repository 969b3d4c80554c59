/** A bad option or argument: printed as `kordon: message`, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
