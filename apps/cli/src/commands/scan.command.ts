import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScanReport } from '@kordon/contracts';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { renderJunit } from '../formats/junit';
import { renderSarif } from '../formats/sarif';
import { renderScanTable } from '../formats/table';
import { writeJson } from '../formats/write-json';
import { analyzeInputs, formatInputError, formatInputWarning } from '../inputs/analyze-inputs';
import { reportError } from '../report-error';
import type { ExitBox } from '../run';
import { buildScanReport } from '../scan/build-scan-report';
import { describeSuppression, loadSuppressions, NO_SUPPRESSIONS } from '../scan/load-suppressions';
import {
  LEVELS,
  oneOf,
  parseFailOn,
  parseFailOnNew,
  parsePssVersionOption,
  SCAN_FORMATS,
  type ScanFormat,
} from '../scan/scan-options';
import { uploadAndGate, type UploadAndGateOptions } from '../scan/upload-and-gate';

interface ScanOptions extends Omit<UploadAndGateOptions, 'failOnNew'> {
  failOnNew?: string;
  format: string;
  level: string;
  pssVersion?: string;
  failOn: string;
  ignore?: string;
  output?: string;
  namespace?: string;
  upload?: boolean;
  progress?: boolean;
}

function render(report: ScanReport, format: ScanFormat): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format === 'sarif') return renderSarif(report);
  if (format === 'junit') return renderJunit(report);
  return renderScanTable(report);
}

async function scan(paths: string[], options: ScanOptions, io: CliIo): Promise<number> {
  const format = oneOf(options.format, SCAN_FORMATS, '--format');
  const level = oneOf(options.level, LEVELS, '--level');
  const failOn = parseFailOn(options.failOn);
  const failOnNew = options.failOnNew === undefined ? undefined : parseFailOnNew(options.failOnNew);
  const pssVersion = parsePssVersionOption(options.pssVersion);
  const now = io.now();
  const suppressions = options.ignore
    ? await loadSuppressions(options.ignore, io.cwd, now)
    : NO_SUPPRESSIONS;
  const analyzed = await analyzeInputs(
    paths,
    {
      pssVersion,
      defaultNamespace: options.namespace,
      progress: options.progress === true,
      duplicates: 'judge-each',
    },
    io,
  );
  for (const error of analyzed.errors) io.stderr(`kordon: ${formatInputError(error)}\n`);
  for (const warning of analyzed.warnings) io.stderr(`kordon: ${formatInputWarning(warning)}\n`);
  for (const rule of suppressions.expired)
    io.stderr(`kordon: warning: suppression no longer applies: ${describeSuppression(rule)}\n`);
  const report = buildScanReport({
    result: analyzed.result,
    inputErrors: analyzed.errors,
    warnings: analyzed.warnings,
    level,
    failOn,
    suppressions,
    now,
  });
  if (options.output) await writeFile(path.resolve(io.cwd, options.output), render(report, format));
  else if (format === 'json') writeJson(report, io.stdout);
  else io.stdout(render(report, format));
  if (!options.upload && failOnNew === undefined) return report.summary.exitCode;
  const gateExit = await uploadAndGate({ report }, { ...options, failOnNew }, io);
  // With --fail-on-new only new findings gate: old ones never fail the build.
  const localExit =
    failOnNew === undefined
      ? report.summary.exitCode
      : report.summary.inputErrors.length
        ? EXIT_USAGE
        : EXIT_OK;
  return Math.max(localExit, gateExit);
}

export function registerScanCommand(program: Command, io: CliIo, exit: ExitBox): void {
  program
    .command('scan')
    .description(
      'Check manifests or snapshots against the Pod Security Standards and hardening checks (a CI gate)',
    )
    .argument(
      '<paths...>',
      'files, directories (recursive: .yaml .yml .json .ndjson .gz) or - for stdin',
    )
    .option('-f, --format <format>', `output format: ${SCAN_FORMATS.join(', ')}`, 'table')
    .option(
      '--level <level>',
      'Pod Security level the table and the exit code judge: baseline, restricted',
      'restricted',
    )
    .option(
      '--pss-version <version>',
      "Pod Security Standards version v1.N or latest (default: a snapshot's cluster version, else latest)",
    )
    .option(
      '--fail-on <severity>',
      'exit 1 on findings at or above: critical, high, medium, low; none reports without failing',
      'high',
    )
    .option('--ignore <file>', 'suppressions file (apiVersion kordon.dev/v1, kind SuppressionList)')
    .option('-o, --output <file>', 'write the report to this file instead of stdout')
    .option('-n, --namespace <ns>', 'namespace of objects that name none', 'default')
    .option('--progress', 'print progress on stderr even when it is not a terminal')
    .option(
      '--upload',
      'also upload the report to the API (POST /api/v1/scans) with its repository, commit and branch',
    )
    .option(
      '--fail-on-new <severity>',
      "upload, then exit 1 only for findings at or above this severity that the base branch's scan does not have (implies --upload)",
    )
    .option(
      '--upload-optional',
      'when the upload fails, warn and carry on (exit 0 for the gate) instead of exiting 2/3',
    )
    .option(
      '--repository <name>',
      'repository of the scan (default: from CI variables, else the git remote "origin")',
    )
    .option('--commit <sha>', 'commit of the scan (default: from CI variables, else git HEAD)')
    .option(
      '--branch <name>',
      'branch of the scan (default: from CI variables, else the git branch)',
    )
    .option(
      '--base-branch <name>',
      "branch --fail-on-new compares against (default: the pull request's target, else the repository's default branch)",
    )
    .option(
      '--api <url>',
      'API base URL for --upload (default: KORDON_API_URL, else the local instance)',
    )
    .option(
      '--token <token>',
      'bearer token for --upload (default: KORDON_TOKEN, else $KORDON_HOME/admin-token)',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 clean, 1 findings at or above --fail-on (with --fail-on-new: only new ones),\n2 usage or input error, or the API rejected the upload, 3 API unreachable or failing (highest wins).\nCI detection: GitHub Actions, GitLab CI, Jenkins, CircleCI, Azure Pipelines, Buildkite; see docs/ci.md.',
    )
    .action(async (paths: string[], options: ScanOptions) => {
      try {
        exit.code = await scan(paths, options, io);
      } catch (error) {
        exit.code = reportError(error, io);
        if (exit.code === 0) exit.code = EXIT_USAGE;
      }
    });
}
