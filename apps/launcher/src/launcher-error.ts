/**
 * A problem the person running `npm start` can fix. main.ts prints its message
 * as is (no stack trace) and exits non-zero.
 */
export class LauncherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LauncherError';
  }
}
