import { Command, CommanderError } from 'commander';
import type { CliIo } from './cli-io';
import { registerAdminCommand } from './commands/admin.command';
import { registerCollectCommand } from './commands/collect.command';
import { registerReachCommand } from './commands/reach.command';
import { registerScanCommand } from './commands/scan.command';
import { registerSuppressCommand } from './commands/suppress.command';
import { registerTokenCommand } from './commands/token.command';
import { registerUploadCommand } from './commands/upload.command';
import { registerUploadSarifCommand } from './commands/upload-sarif.command';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';
import { CLI_VERSION } from './version';

/** Where a command's action leaves its exit code. */
export interface ExitBox {
  code: number;
}

function buildProgram(io: CliIo, exit: ExitBox): Command {
  const program = new Command('kordon')
    .description('Kubernetes security posture: Pod Security Standards and network isolation')
    .version(CLI_VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .enablePositionalOptions();
  registerScanCommand(program, io, exit);
  registerReachCommand(program, io, exit);
  registerUploadCommand(program, io, exit);
  registerUploadSarifCommand(program, io, exit);
  registerCollectCommand(program, io, exit);
  registerSuppressCommand(program, io, exit);
  registerAdminCommand(program, io, exit);
  registerTokenCommand(program, io, exit);
  return program;
}

/** Runs `kordon` with `argv` (without `node` and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const exit: ExitBox = { code: EXIT_OK };
  const program = buildProgram(io, exit);
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  return exit.code;
}
