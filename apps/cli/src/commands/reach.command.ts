import type { Command } from 'commander';
import { isProtocolName } from '../reach/protocol';
import type { CliIo } from '../cli-io';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { renderReachTable } from '../formats/reach-table';
import {
  analyzeInputs,
  duplicateWarnings,
  formatInputError,
  formatInputWarning,
} from '../inputs/analyze-inputs';
import {
  buildLazyReachReport,
  buildReachReport,
  type ReachQuestionInput,
} from '../reach/build-reach-report';
import { writeJson } from '../formats/write-json';
import { resolveWorkload } from '../reach/resolve-workload';
import { reportError } from '../report-error';
import type { ExitBox } from '../run';
import { oneOf, parsePssVersionOption } from '../scan/scan-options';
import { UsageError } from '../usage-error';

interface ReachOptions {
  format: string;
  from?: string;
  to?: string;
  port?: string;
  protocol?: string;
  summary?: boolean;
  namespace?: string;
  progress?: boolean;
}

function parseQuestion(options: ReachOptions, ids: string[]): ReachQuestionInput | null {
  if (!options.from && !options.to) {
    if (options.port || options.protocol)
      throw new UsageError('--port and --protocol need --from and --to');
    return null;
  }
  if (!options.from || !options.to) throw new UsageError('--from and --to go together');
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535))
    throw new UsageError(`--port must be 1-65535 (got "${options.port}")`);
  const protocol = options.protocol?.toUpperCase();
  if (protocol !== undefined && !isProtocolName(protocol))
    throw new UsageError(`--protocol must be TCP, UDP or SCTP (got "${options.protocol}")`);
  return {
    from: resolveWorkload(options.from, ids, '--from'),
    to: resolveWorkload(options.to, ids, '--to'),
    query: { port, protocol },
  };
}

async function reach(paths: string[], options: ReachOptions, io: CliIo): Promise<number> {
  const format = oneOf(options.format, ['table', 'json'] as const, '--format');
  const analyzed = await analyzeInputs(
    paths,
    {
      pssVersion: parsePssVersionOption(undefined),
      defaultNamespace: options.namespace,
      progress: options.progress === true,
      securityContext: false,
    },
    io,
  );
  for (const error of analyzed.errors) io.stderr(`kordon: ${formatInputError(error)}\n`);
  for (const warning of analyzed.warnings) io.stderr(`kordon: ${formatInputWarning(warning)}\n`);
  for (const warning of duplicateWarnings(analyzed.result))
    io.stderr(`kordon: ${formatInputWarning(warning)}; reachability uses the first\n`);
  const ids = [...analyzed.result.network.model.classOfWorkload.keys()];
  const ask = parseQuestion(options, ids);
  if (format === 'json') {
    const { report, pairs } = buildLazyReachReport(analyzed.result, options.summary === true, ask);
    writeJson(
      report,
      io.stdout,
      new Map(pairs ? [['namespaceMatrix.pairs', { writeText: pairs.writeText }]] : []),
    );
  } else
    io.stdout(renderReachTable(buildReachReport(analyzed.result, options.summary === true, ask)));
  return analyzed.errors.length > 0 ? EXIT_USAGE : EXIT_OK;
}

export function registerReachCommand(program: Command, io: CliIo, exit: ExitBox): void {
  program
    .command('reach')
    .description(
      'Who can reach what under the NetworkPolicies: isolation, connections, one question',
    )
    .argument('<paths...>', 'files, directories (recursive) or - for stdin; manifests or snapshots')
    .option('-f, --format <format>', 'output format: table, json', 'table')
    .option(
      '--from <workload>',
      'source workload: NAMESPACE/KIND/NAME, or NAMESPACE/NAME when unique',
    )
    .option('--to <workload>', 'destination workload (same forms as --from)')
    .option('--port <port>', 'destination port (default: any)')
    .option('--protocol <protocol>', 'TCP, UDP or SCTP (default TCP with --port, else any)')
    .option('--summary', 'only isolation posture, CNI verdict and the namespace matrix')
    .option('-n, --namespace <ns>', 'namespace of objects that name none', 'default')
    .option('--progress', 'print progress on stderr even when it is not a terminal')
    .addHelpText('after', '\nExit codes: 0 answered (allowed or denied), 2 usage or input error.')
    .action(async (paths: string[], options: ReachOptions) => {
      try {
        exit.code = await reach(paths, options, io);
      } catch (error) {
        exit.code = reportError(error, io);
      }
    });
}
