import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { EXIT_USAGE } from '../exit-codes';
import type { ExitBox } from '../run';

export function registerCollectCommand(program: Command, io: CliIo, exit: ExitBox): void {
  program
    .command('collect')
    .description(
      'Collect a snapshot from a live cluster (kubeconfig or in-cluster) — not implemented yet',
    )
    .option(
      '--kubeconfig <file>',
      'kubeconfig to use (default: KUBECONFIG, ~/.kube/config, or in-cluster)',
    )
    .option('--context <name>', 'kubeconfig context')
    .option('-o, --output <file>', 'write the snapshot (NDJSON, gzip when the name ends in .gz)')
    .addHelpText(
      'after',
      '\nNot implemented yet: exits 2. Write a snapshot with your own tooling (see docs/cli.md) and use `kordon upload`.',
    )
    .action(() => {
      io.stderr(
        'kordon: collect is not implemented yet; see docs/cli.md for the snapshot format and `kordon upload`\n',
      );
      exit.code = EXIT_USAGE;
    });
}
