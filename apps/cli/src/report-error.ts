import { isKordonError } from '@kordon/contracts';
import type { CliIo } from './cli-io';
import { EXIT_USAGE } from './exit-codes';
import { ApiFailure } from './upload/api-failure';
import { UsageError } from './usage-error';

/** Prints an expected error (`kordon: …`) and returns its exit code; rethrows anything else. */
export function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`kordon: ${error.message}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof ApiFailure) {
    io.stderr(`kordon: ${error.message}\n${error.details.map((d) => `  ${d}\n`).join('')}`);
    return error.exitCode;
  }
  if (isKordonError(error)) {
    io.stderr(
      `kordon: ${error.code}: ${error.message}\n${error.details.map((d) => `  ${d.path}: ${d.problem}\n`).join('')}`,
    );
    return EXIT_USAGE;
  }
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
    io.stderr(`kordon: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  throw error;
}
