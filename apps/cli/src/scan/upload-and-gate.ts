import type { ScanReport, ScanSeverity } from '@kordon/contracts';
import type { CliIo } from '../cli-io';
import { resolveCiContext, type CiContextOptions } from '../ci/resolve-ci-context';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-codes';
import { reportError } from '../report-error';
import { ApiFailure } from '../upload/api-failure';
import { printGate } from './print-gate';
import { uploadScan, type ScanUploadOptions } from './upload-scan';

export interface UploadAndGateOptions extends ScanUploadOptions, CiContextOptions {
  failOnNew?: ScanSeverity;
  /** An upload that fails is a warning (exit 0) instead of exit 2/3. */
  uploadOptional?: boolean;
}

/**
 * Uploads a kordon report or a SARIF log with its CI context and prints the gate.
 * Returns the exit code this step contributes: 1 when `failOnNew` finds new
 * findings, 2/3 when the upload fails (0 with a warning under `uploadOptional`).
 */
export async function uploadAndGate(
  scan: { report: ScanReport } | { sarif: unknown },
  options: UploadAndGateOptions,
  io: CliIo,
): Promise<number> {
  const context = await resolveCiContext(options, io);
  try {
    const result = await uploadScan(
      { context, ...scan, failOnNew: options.failOnNew ?? null },
      options,
      io,
    );
    printGate(result, io);
    return options.failOnNew && result.verdict === 'fail' ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    if (options.uploadOptional && error instanceof ApiFailure) {
      io.stderr(
        `kordon: warning: scan not uploaded (--upload-optional)${options.failOnNew ? ', gate skipped' : ''}: ${error.message}\n`,
      );
      return EXIT_OK;
    }
    return reportError(error, io);
  }
}
