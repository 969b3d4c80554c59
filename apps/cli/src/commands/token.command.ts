import type { Command } from 'commander';
import { scopeSchema, type ApiTokenResponse, type Scope, type TokenInput } from '@kordon/contracts';
import { withApiOptions, type ApiOptions } from '../access/api-options';
import { createToken, listTokens, revokeToken } from '../access/token-requests';
import type { CliIo } from '../cli-io';
import { EXIT_OK } from '../exit-codes';
import { textTable } from '../formats/text-table';
import type { ExitBox } from '../run';
import { runCommand } from '../run-command';
import { resolveApi } from '../upload/resolve-api';
import { UsageError } from '../usage-error';

interface CreateOptions extends ApiOptions {
  name: string;
  scope: string[];
  cluster?: string[];
  expires?: string;
}

const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
];

function scopesOf(values: string[]): Scope[] {
  return values.map((v) => {
    const parsed = scopeSchema.safeParse(v);
    if (!parsed.success)
      throw new UsageError(`--scope ${v}: one of ${scopeSchema.options.join(', ')}`);
    return parsed.data;
  });
}

function table(items: ApiTokenResponse[]): string {
  const rows = items.map((t) => [
    t.id,
    t.name,
    `${t.prefix}…`,
    t.scopes.join(','),
    t.clusters.join(','),
    t.expiresAt ?? 'never',
    t.lastUsedAt ?? 'never',
    t.revokedAt ? `revoked ${t.revokedAt}` : 'active',
  ]);
  const header = ['ID', 'NAME', 'PREFIX', 'SCOPES', 'CLUSTERS', 'EXPIRES', 'LAST USED', 'STATE'];
  return textTable(header, rows);
}

async function create(o: CreateOptions, io: CliIo): Promise<number> {
  const input: TokenInput = {
    name: o.name,
    scopes: scopesOf(o.scope),
    ...(o.cluster ? { clusters: o.cluster } : {}),
    ...(o.expires ? { expires: o.expires } : {}),
  };
  const created = await createToken(resolveApi(o, io.env), input);
  if (o.json) io.stdout(`${JSON.stringify(created, null, 2)}\n`);
  else {
    io.stdout(`${created.token}\n`);
    io.stderr(
      `kordon: token "${created.apiToken.name}" (${created.apiToken.id}) created; this is the only time its secret is shown\n`,
    );
  }
  return EXIT_OK;
}

export function registerTokenCommand(program: Command, io: CliIo, exit: ExitBox): void {
  const token = program
    .command('token')
    .description('Create, list and revoke API tokens (within your own scopes and clusters)');
  withApiOptions(
    token
      .command('create')
      .description('Create a token and print its secret (shown this once) on stdout')
      .requiredOption('--name <name>', 'what the token is for')
      .requiredOption(
        '--scope <scopes>',
        'ingest, scan, read, suppress, admin (repeat or comma-separate)',
        collect,
      )
      .option(
        '--cluster <names>',
        'cluster names or * (required for ingest; repeat or comma-separate)',
        collect,
      )
      .option('--expires <when>', 'date (valid through that day, UTC) or RFC 3339 timestamp'),
  ).action((o: CreateOptions) => runCommand(io, exit, () => create(o, io)));
  withApiOptions(
    token
      .command('list')
      .description('List tokens (admins: all; others: their own); never their secrets')
      .option('--all', 'include revoked tokens'),
  ).action((o: ApiOptions & { all?: boolean }) =>
    runCommand(io, exit, async () => {
      const items = await listTokens(resolveApi(o, io.env), o.all ?? false);
      io.stdout(
        o.json
          ? `${JSON.stringify(items, null, 2)}\n`
          : items.length
            ? table(items)
            : 'no tokens\n',
      );
      return EXIT_OK;
    }),
  );
  withApiOptions(
    token
      .command('revoke')
      .description('Revoke a token at once')
      .argument('<id>', 'token id (see `kordon token list`)'),
  ).action((id: string, o: ApiOptions) =>
    runCommand(io, exit, async () => {
      const revoked = await revokeToken(resolveApi(o, io.env), id);
      io.stdout(
        o.json
          ? `${JSON.stringify(revoked, null, 2)}\n`
          : `revoked ${revoked.name} (${revoked.id})\n`,
      );
      return EXIT_OK;
    }),
  );
}
