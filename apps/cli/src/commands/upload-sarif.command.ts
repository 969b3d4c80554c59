import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { EXIT_USAGE } from '../exit-codes';
import { reportError } from '../report-error';
import type { ExitBox } from '../run';
import { parseFailOnNew } from '../scan/scan-options';
import { uploadAndGate, type UploadAndGateOptions } from '../scan/upload-and-gate';
import { UsageError } from '../usage-error';

interface UploadSarifOptions extends Omit<UploadAndGateOptions, 'failOnNew'> {
  failOnNew?: string;
}

async function readInput(file: string, io: CliIo): Promise<string> {
  if (file !== '-') return readFile(path.resolve(io.cwd, file), 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin()) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function uploadSarif(file: string, options: UploadSarifOptions, io: CliIo): Promise<number> {
  const failOnNew = options.failOnNew === undefined ? undefined : parseFailOnNew(options.failOnNew);
  const text = await readInput(file, io);
  let sarif: unknown;
  try {
    sarif = JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${file}: not JSON (${(error as Error).message})`);
  }
  return uploadAndGate({ sarif }, { ...options, failOnNew }, io);
}

export function registerUploadSarifCommand(program: Command, io: CliIo, exit: ExitBox): void {
  program
    .command('upload-sarif')
    .description(
      "Upload another scanner's SARIF 2.1.0 log (kube-score, KubeLinter, Kubescape, Trivy …) as a CI scan, with the same gate",
    )
    .argument('<file>', 'the SARIF file, or - for stdin')
    .option(
      '--fail-on-new <severity>',
      "exit 1 only for results at or above this severity that the base branch's scan by the same tool does not have",
    )
    .option('--upload-optional', 'when the upload fails, warn and exit 0 instead of 2/3')
    .option(
      '--repository <name>',
      'repository (default: from CI variables, else the git remote "origin")',
    )
    .option('--commit <sha>', 'commit (default: from CI variables, else git HEAD)')
    .option('--branch <name>', 'branch (default: from CI variables, else the git branch)')
    .option(
      '--base-branch <name>',
      "branch the gate compares against (default: the pull request's target, else the repository's default branch)",
    )
    .option('--api <url>', 'API base URL (default: KORDON_API_URL, else the local instance)')
    .option(
      '--token <token>',
      'bearer token with the scan scope (default: KORDON_TOKEN, else $KORDON_HOME/admin-token)',
    )
    .addHelpText(
      'after',
      "\nSeverity: a rule's security-severity (0–10) when present, else the level (error → high,\nwarning → medium, note → low). Results are matched by partialFingerprints, else by tool,\nrule, file and logical location — never by line.\nExit codes: 0 ok, 1 new results at or above --fail-on-new, 2 unreadable file or SARIF\nthe API rejects (it names the problem), 3 API unreachable or 5xx.",
    )
    .action(async (file: string, options: UploadSarifOptions) => {
      try {
        exit.code = await uploadSarif(file, options, io);
      } catch (error) {
        exit.code = reportError(error, io);
        if (exit.code === 0) exit.code = EXIT_USAGE;
      }
    });
}
