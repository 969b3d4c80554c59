import type { Command } from 'commander';
import { ROLES, type Role, type UserView, type UserWithPassword } from '@kordon/contracts';
import { withApiOptions, type ApiOptions } from '../access/api-options';
import { createUser, resetPassword, updateUser } from '../access/user-requests';
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

interface UpdateOptions extends ApiOptions {
  email: string;
  role?: string;
  clusters?: string;
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

function describeUser(user: UserView): string {
  const clusters = user.clusters === '*' ? 'all clusters' : `${user.clusters.length} cluster(s)`;
  return `${user.email} (${user.role}, ${clusters}${user.disabled ? ', disabled' : ''})`;
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
  io.stdout(`${what} ${describeUser(result.user)}\n`);
  if (result.generatedPassword)
    io.stdout(`password (shown only this once): ${result.generatedPassword}\n`);
}

/**
 * `kordon admin create-user|update-user|disable-user|enable-user|reset-password`: user
 * management over the API, with an admin token.
 */
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
  withApiOptions(
    admin
      .command('update-user')
      .description("Change a user's role or clusters (in force at their next request)")
      .requiredOption('--email <email>', 'the user')
      .option('--role <role>', `one of ${ROLES.join(', ')}`)
      .option('--clusters <names>', 'comma-separated cluster names, or * for all'),
  ).action((o: UpdateOptions) =>
    runCommand(io, exit, async () => {
      if (o.role === undefined && o.clusters === undefined)
        throw new UsageError('update-user needs --role, --clusters or both');
      const input = {
        ...(o.role !== undefined ? { role: roleOf(o.role) } : {}),
        ...(o.clusters !== undefined ? { clusters: clustersOf(o.clusters) } : {}),
      };
      const user = await updateUser(resolveApi(o, io.env), o.email, input);
      io.stdout(o.json ? `${JSON.stringify(user, null, 2)}\n` : `updated ${describeUser(user)}\n`);
      return EXIT_OK;
    }),
  );
  for (const [name, disabled] of [
    ['disable-user', true],
    ['enable-user', false],
  ] as const) {
    withApiOptions(
      admin
        .command(name)
        .description(
          disabled
            ? 'Disable a user: end their sessions, refuse their sign-in and the tokens they made'
            : 'Enable a disabled user again',
        )
        .requiredOption('--email <email>', 'the user'),
    ).action((o: ApiOptions & { email: string }) =>
      runCommand(io, exit, async () => {
        const user = await updateUser(resolveApi(o, io.env), o.email, { disabled });
        const what = disabled ? 'disabled' : 'enabled';
        io.stdout(
          o.json ? `${JSON.stringify(user, null, 2)}\n` : `${what} ${describeUser(user)}\n`,
        );
        return EXIT_OK;
      }),
    );
  }
}
