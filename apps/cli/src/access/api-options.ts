import type { Command } from 'commander';

export interface ApiOptions {
  api?: string;
  token?: string;
  json?: boolean;
}

/** `--api`, `--token` and `--json`, shared by the commands that talk to the API. */
export function withApiOptions(command: Command): Command {
  return command
    .option(
      '--api <url>',
      'API base URL (default: KORDON_API_URL, else the local `npm start` instance)',
    )
    .option(
      '--token <token>',
      'bearer token (default: KORDON_TOKEN, else $KORDON_HOME/admin-token)',
    )
    .option('--json', 'print the API answer as JSON')
    .addHelpText(
      'after',
      '\nExit codes: 0 done, 2 usage or input error (API 4xx: bad input, no permission, not found), 3 API unreachable or 5xx.',
    );
}
