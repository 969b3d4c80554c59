import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScanReport } from '@kordon/contracts';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { EXIT_USAGE } from '../exit-codes';
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
  parsePssVersionOption,
  SCAN_FORMATS,
  type ScanFormat,
} from '../scan/scan-options';
import { uploadScan, type ScanUploadOptions } from '../scan/upload-scan';

interface ScanOptions extends ScanUploadOptions {
  format: string;
  level: string;
  pssVersion?: string;
  failOn: string;
  ignore?: string;
  output?: string;
  namespace?: string;
  upload?: boolean;
  uploadRequired?: boolean;
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
  if (options.upload) {
    try {
      await uploadScan(report, options, io);
    } catch (error) {
      const code = reportError(error, io);
      if (options.uploadRequired) return Math.max(code, report.summary.exitCode);
    }
  }
  return report.summary.exitCode;
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
    .option('--upload', 'also upload the JSON report to the API (POST /api/v1/scans)')
    .option('--upload-required', 'fail (exit 2/3) when the upload fails')
    .option('--repository <name>', 'repository recorded with the uploaded scan')
    .option('--commit <sha>', 'commit recorded with the uploaded scan')
    .option('--branch <name>', 'branch recorded with the uploaded scan')
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
      '\nExit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error (wins over 1).',
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
