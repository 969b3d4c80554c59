import type { CliIo } from './cli-io';
import { reportError } from './report-error';
import type { ExitBox } from './run';

/** Runs a command's action and stores its exit code, or the code of the error it reported. */
export function runCommand(io: CliIo, exit: ExitBox, action: () => Promise<number>): Promise<void> {
  return action().then(
    (code) => {
      exit.code = code;
    },
    (error: unknown) => {
      exit.code = reportError(error, io);
    },
  );
}
