import type { Command } from 'commander';
import { ROLES, type Role, type UserWithPassword } from '@kordon/contracts';
import { withApiOptions, type ApiOptions } from '../access/api-options';
import { createUser, resetPassword } from '../access/user-requests';
import type { CliIo } from '../cli-io';
import { EXIT_OK } from '../exit-codes';
import type { ExitBox } from '../run';
import { runCommand } from '../run-command';
import { resolveApi } from '../upload/resolve-api';
import { UsageError } from '../usage-error';

interface PasswordOptions extends ApiOptions {
  email: string;
  passwordStdin?: boolean;
}

interface CreateOptions extends PasswordOptions {
  role: string;
  clusters?: string;
  name?: string;
}

async function readPassword(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin()) chunks.push(Buffer.from(chunk));
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (!password) throw new UsageError('--password-stdin: standard input is empty');
  return password;
}

function roleOf(value: string): Role {
  if ((ROLES as readonly string[]).includes(value)) return value as Role;
  throw new UsageError(`--role must be one of ${ROLES.join(', ')} (got "${value}")`);
}

function clustersOf(value: string | undefined): '*' | string[] {
  if (value === undefined || value.trim() === '*') return '*';
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError('--clusters needs cluster names or *');
  return names;
}

function report(
  io: CliIo,
  json: boolean | undefined,
  result: UserWithPassword,
  what: string,
): void {
  if (json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const { user } = result;
  const clusters = user.clusters === '*' ? 'all clusters' : `${user.clusters.length} cluster(s)`;
  io.stdout(`${what} ${user.email} (${user.role}, ${clusters})\n`);
  if (result.generatedPassword)
    io.stdout(`password (shown only this once): ${result.generatedPassword}\n`);
}

/** `kordon admin create-user|reset-password`: user management over the API, with an admin token. */
export function registerAdminCommand(program: Command, io: CliIo, exit: ExitBox): void {
  const admin = program
    .command('admin')
    .description('Manage dashboard users through the API (needs an admin token)');
  withApiOptions(
    admin
      .command('create-user')
      .description('Create a user; without --password-stdin a password is generated and shown once')
      .requiredOption('--email <email>', 'the email the user signs in with')
      .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
      .option(
        '--clusters <names>',
        'comma-separated cluster names the user may see (default: * = all)',
      )
      .option('--name <display name>', 'shown in the dashboard')
      .option('--password-stdin', 'read the password from standard input (at least 12 characters)'),
  ).action((o: CreateOptions) =>
    runCommand(io, exit, async () => {
      const input = {
        email: o.email,
        role: roleOf(o.role),
        clusters: clustersOf(o.clusters),
        ...(o.name ? { displayName: o.name } : {}),
        ...(o.passwordStdin ? { password: await readPassword(io) } : {}),
      };
      report(io, o.json, await createUser(resolveApi(o, io.env), input), 'created');
      return EXIT_OK;
    }),
  );
  withApiOptions(
    admin
      .command('reset-password')
      .description(
        "Set a user's password and end their sessions; generated and shown once unless --password-stdin",
      )
      .requiredOption('--email <email>', 'the user')
      .option(
        '--password-stdin',
        'read the new password from standard input (at least 12 characters)',
      ),
  ).action((o: PasswordOptions) =>
    runCommand(io, exit, async () => {
      const password = o.passwordStdin ? await readPassword(io) : undefined;
      report(
        io,
        o.json,
        await resetPassword(resolveApi(o, io.env), o.email, password),
        'reset the password of',
      );
      return EXIT_OK;
    }),
  );
}
