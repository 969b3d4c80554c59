import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-codes';
import { reportError } from '../report-error';
import type { ExitBox } from '../run';
import { callApi } from '../upload/api-client';
import { ApiFailure } from '../upload/api-failure';
import { resolveApi } from '../upload/resolve-api';
import { clusterNameOf, inspectSnapshotFile } from '../upload/snapshot-file';
import { describeStatus, uploadAnswerSchema } from '../upload/snapshot-status';
import { waitForSnapshot } from '../upload/wait-for-snapshot';
import { UsageError } from '../usage-error';

interface UploadOptions {
  cluster?: string;
  api?: string;
  token?: string;
  wait?: boolean;
  timeout: string;
}

async function upload(file: string, options: UploadOptions, io: CliIo): Promise<number> {
  const timeoutS = Number(options.timeout);
  if (!Number.isFinite(timeoutS) || timeoutS <= 0)
    throw new UsageError(
      `--timeout must be a positive number of seconds (got "${options.timeout}")`,
    );
  const full = path.resolve(io.cwd, file);
  const info = await inspectSnapshotFile(full);
  const cluster = options.cluster ?? (await clusterNameOf(full));
  if (!cluster) throw new UsageError(`${file}: the snapshot names no cluster; pass --cluster NAME`);
  const target = resolveApi(options, io.env);
  const headers: Record<string, string> = { 'Content-Type': info.contentType };
  if (info.gzip) headers['Content-Encoding'] = 'gzip';
  const { status, body } = await callApi(target, {
    method: 'POST',
    path: `/api/v1/clusters/${encodeURIComponent(cluster)}/snapshots`,
    headers,
    body: createReadStream(full),
  });
  const answer = uploadAnswerSchema.safeParse(body);
  if (!answer.success)
    throw new ApiFailure('the API answered with an unexpected upload body', 3, status);
  const { snapshotId } = answer.data;
  io.stdout(
    status === 200
      ? `${snapshotId} (already uploaded, ${answer.data.status})\n`
      : `${snapshotId} (${answer.data.status})\n`,
  );
  if (!options.wait) return EXIT_OK;
  const final = await waitForSnapshot(target, snapshotId, timeoutS * 1000, io);
  io.stdout(describeStatus(final));
  return final.status === 'failed' ? EXIT_FINDINGS : EXIT_OK;
}

export function registerUploadCommand(program: Command, io: CliIo, exit: ExitBox): void {
  program
    .command('upload')
    .description(
      'Upload a cluster snapshot (NDJSON, gzip or not) to the Kordon API; streams the file',
    )
    .argument('<file>', 'snapshot file (.ndjson, .ndjson.gz, .json)')
    .option('--cluster <name>', 'cluster name (default: from the snapshot header)')
    .option(
      '--api <url>',
      'API base URL (default: KORDON_API_URL, else the local `npm start` instance)',
    )
    .option(
      '--token <token>',
      'bearer token (default: KORDON_TOKEN, else $KORDON_HOME/admin-token)',
    )
    .option('--wait', 'wait until the analysis is done or failed and print a summary')
    .option('--timeout <seconds>', 'give up waiting after this many seconds', '300')
    .addHelpText(
      'after',
      '\nExit codes: 0 uploaded (and analysed with --wait), 1 analysis failed, 2 usage or input error (API 4xx), 3 API unreachable, 5xx or --timeout passed while waiting.',
    )
    .action(async (file: string, options: UploadOptions) => {
      try {
        exit.code = await upload(file, options, io);
      } catch (error) {
        exit.code = reportError(error, io);
      }
    });
}
