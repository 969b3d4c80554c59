import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import {
  partitionSuppressions,
  parseSuppressionFile,
  type SuppressionInput,
  type SuppressionView,
} from '@kordon/contracts';
import { withApiOptions, type ApiOptions } from '../access/api-options';
import {
  createSuppression,
  deleteSuppression,
  listSuppressions,
  ruleToInput,
} from '../access/suppression-requests';
import type { CliIo } from '../cli-io';
import { EXIT_OK } from '../exit-codes';
import { expiryText } from '../formats/expiry';
import { textTable } from '../formats/text-table';
import type { ExitBox } from '../run';
import { runCommand } from '../run-command';
import { describeSuppression } from '../scan/load-suppressions';
import { resolveApi } from '../upload/resolve-api';
import { UsageError } from '../usage-error';

interface ScopeOptions extends ApiOptions {
  cluster?: string;
  repository?: string;
}

interface AddOptions extends ScopeOptions {
  check: string;
  reason: string;
  namespace?: string;
  workload?: string;
  container?: string;
  expires?: string;
}

function scopeOf(o: ScopeOptions): { cluster?: string; repository?: string } {
  if ((o.cluster === undefined) === (o.repository === undefined))
    throw new UsageError('name exactly one scope: --cluster NAME or --repository REPO');
  return o.cluster !== undefined ? { cluster: o.cluster } : { repository: o.repository as string };
}

function table(items: SuppressionView[]): string {
  const rows = items.map((s) => [
    s.id,
    s.check,
    s.cluster ? `cluster ${s.cluster}` : `repo ${s.repository ?? ''}`,
    [s.namespace, s.workload, s.container].map((x) => x ?? '*').join('/'),
    expiryText(s.expiresAt),
    s.author,
    s.reason,
  ]);
  return textTable(
    ['ID', 'CHECK', 'SCOPE', 'NS/WORKLOAD/CONTAINER', 'EXPIRES', 'AUTHOR', 'REASON'],
    rows,
  );
}

function print(io: CliIo, json: boolean | undefined, value: unknown, text: string): void {
  io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : text);
}

async function add(o: AddOptions, io: CliIo): Promise<number> {
  const input: SuppressionInput = {
    check: o.check,
    reason: o.reason,
    ...scopeOf(o),
    ...(o.namespace ? { namespace: o.namespace } : {}),
    ...(o.workload ? { workload: o.workload } : {}),
    ...(o.container ? { container: o.container } : {}),
    ...(o.expires ? { expires: o.expires } : {}),
  };
  const created = await createSuppression(resolveApi(o, io.env), input);
  print(io, o.json, created, `${created.id} suppressed ${created.check} (${created.author})\n`);
  return EXIT_OK;
}

async function importFile(file: string, o: ScopeOptions, io: CliIo): Promise<number> {
  const scope = scopeOf(o);
  const list = parseSuppressionFile(await readFile(path.resolve(io.cwd, file), 'utf8'), file);
  const { active, expired } = partitionSuppressions(list.suppressions, io.now());
  for (const rule of expired) io.stderr(`kordon: skipped, ${describeSuppression(rule)}\n`);
  const target = resolveApi(o, io.env);
  const created: SuppressionView[] = [];
  for (const rule of active)
    created.push(await createSuppression(target, ruleToInput(rule, scope)));
  print(
    io,
    o.json,
    created,
    `imported ${created.length} suppression(s), skipped ${expired.length} expired\n`,
  );
  return EXIT_OK;
}

export function registerSuppressCommand(program: Command, io: CliIo, exit: ExitBox): void {
  const suppress = program
    .command('suppress')
    .description(
      'Suppress checks in a cluster or a CI repository (needs the suppress scope to write)',
    );
  withApiOptions(
    suppress
      .command('add')
      .description(
        'Suppress a check; applies at once to issue lists, to scores from the next snapshot',
      )
      .requiredOption('--check <id>', 'check id or glob (pss.baseline.*)')
      .requiredOption('--reason <text>', 'why (shown in the audit log and lists)')
      .option('--cluster <name>', 'scope: this cluster')
      .option('--repository <repo>', "scope: this CI repository's scans")
      .option('--namespace <glob>', 'only this namespace')
      .option('--workload <glob>', 'only this workload (Kind/name or name)')
      .option('--container <glob>', 'only this container')
      .option('--expires <when>', 'date (valid through that day, UTC) or RFC 3339 timestamp'),
  ).action((o: AddOptions) => runCommand(io, exit, () => add(o, io)));
  withApiOptions(
    suppress
      .command('import')
      .description(
        'Create one suppression per rule of a suppressions file (the `scan --ignore` format)',
      )
      .argument('<file>', 'kordon.dev/v1 SuppressionList, YAML or JSON')
      .option('--cluster <name>', 'scope: this cluster')
      .option('--repository <repo>', "scope: this CI repository's scans"),
  ).action((file: string, o: ScopeOptions) => runCommand(io, exit, () => importFile(file, o, io)));
  withApiOptions(
    suppress
      .command('list')
      .description('List suppressions in force (with --all, expired ones too)')
      .option('--cluster <name>', 'only this cluster')
      .option('--repository <repo>', 'only this CI repository')
      .option('--all', 'include expired suppressions'),
  ).action((o: ScopeOptions & { all?: boolean }) =>
    runCommand(io, exit, async () => {
      const query: Record<string, string> = {
        ...(o.cluster ? { cluster: o.cluster } : {}),
        ...(o.repository ? { repository: o.repository } : {}),
        ...(o.all ? { includeExpired: 'true' } : {}),
      };
      const items = await listSuppressions(resolveApi(o, io.env), query);
      print(io, o.json, items, items.length ? table(items) : 'no suppressions\n');
      return EXIT_OK;
    }),
  );
  withApiOptions(
    suppress
      .command('delete')
      .description('Delete a suppression: its issues count again from the next snapshot')
      .argument('<id>', 'suppression id (see `kordon suppress list`)'),
  ).action((id: string, o: ApiOptions) =>
    runCommand(io, exit, async () => {
      await deleteSuppression(resolveApi(o, io.env), id);
      print(io, o.json, { id, deleted: true }, `deleted ${id}\n`);
      return EXIT_OK;
    }),
  );
}
