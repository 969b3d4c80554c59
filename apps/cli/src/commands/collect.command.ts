import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { EXIT_API, EXIT_OK } from '../exit-codes';
import { reportError } from '../report-error';
import type { ExitBox } from '../run';
import { collectToFile, type CollectOptions } from '../collect/collect-to-file';
import { KubeApiError } from '../collect/kube-api-error';
import { uploadSpooled } from '../collect/upload-spooled';
import { resolveApi } from '../upload/resolve-api';
import { UsageError } from '../usage-error';
import { rm } from 'node:fs/promises';

interface CollectCommandOptions extends CollectOptions {
  output?: string;
  upload?: boolean;
  api?: string;
  token?: string;
  spoolDir?: string;
}

async function collect(options: CollectCommandOptions, io: CliIo): Promise<number> {
  if (!options.output && !options.upload)
    throw new UsageError('say where the snapshot goes: -o FILE, --upload, or both');
  const target = options.upload ? resolveApi(options, io.env) : null;
  const output = options.output
    ? path.resolve(io.cwd, options.output)
    : path.join(
        path.resolve(io.cwd, options.spoolDir ?? tmpdir()),
        `kordon-snapshot-${process.pid}-${Date.now()}.ndjson.gz`,
      );
  const written = await collectToFile(output, options, io);
  if (options.output) io.stdout(`${options.output}: ${written.objects} objects\n`);
  if (!target) return EXIT_OK;
  try {
    const uploaded = await uploadSpooled(output, written.cluster, target, written.retry, io);
    io.stdout(
      `${uploaded.snapshotId} (${uploaded.created ? uploaded.status : `already uploaded, ${uploaded.status}`})\n`,
    );
  } finally {
    if (!options.output) await rm(output, { force: true });
  }
  return EXIT_OK;
}

export function registerCollectCommand(program: Command, io: CliIo, exit: ExitBox): void {
  program
    .command('collect')
    .description(
      'Collect a snapshot from a live cluster (kubeconfig or in-cluster): list every kind Kordon reads, minimized, to a file or the API',
    )
    .option('--kubeconfig <file>', 'kubeconfig to use (default: KUBECONFIG, else ~/.kube/config)')
    .option('--context <name>', 'kubeconfig context (default: its current context)')
    .option('--in-cluster', "use the pod's service account (when running in the cluster)")
    .option(
      '--cluster <name>',
      "the snapshot's cluster name, a DNS-1123 label (default: the kubeconfig cluster's name, made a label)",
    )
    .option(
      '-o, --output <file>',
      'write the snapshot here: gzip NDJSON (plain NDJSON when the name ends in .ndjson)',
    )
    .option(
      '--upload',
      'upload the snapshot to the Kordon API (spooled to a gzip temporary file first)',
    )
    .option(
      '--api <url>',
      'API base URL for --upload (default: KORDON_API_URL, else the local instance)',
    )
    .option(
      '--token <token>',
      'bearer token for --upload (default: KORDON_TOKEN, else $KORDON_HOME/admin-token)',
    )
    .option(
      '--spool-dir <dir>',
      'where --upload spools the snapshot (default: the system temp folder)',
    )
    .option('--chunk-size <n>', 'objects per list page (limit/continue)', '500')
    .option(
      '--request-timeout <seconds>',
      'give up on one API server request after this long',
      '60',
    )
    .option('--retries <n>', 'retries of a request on timeouts, 429 and 5xx (with backoff)', '5')
    .addHelpText(
      'after',
      [
        '',
        'Secrets are never listed; env values are replaced by a marker (names and valueFrom stay);',
        'ConfigMaps are not collected except kube-system/cilium-config enable-policy and',
        'kube-system/amazon-vpc-cni enable-network-policy-controller; managedFields and the',
        'last-applied annotation are dropped. A kind the account may not list (403) is marked',
        '"forbidden" in the snapshot coverage and the rest is still collected. See docs/collector.md.',
        '',
        'Exit codes: 0 collected (and uploaded), 2 usage error, cluster configuration or API server error',
        '(401, retries exhausted) or the Kordon API refused the upload (4xx), 3 Kordon API unreachable or 5xx.',
      ].join('\n'),
    )
    .action(async (options: CollectCommandOptions) => {
      try {
        exit.code = await collect(options, io);
      } catch (error) {
        if (error instanceof KubeApiError) {
          io.stderr(`kordon: collect: ${error.message}\n`);
          exit.code = error.status === null || error.status >= 500 ? EXIT_API : 2;
          return;
        }
        exit.code = reportError(error, io);
      }
    });
}
