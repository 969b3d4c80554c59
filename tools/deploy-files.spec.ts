import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { apiEnvSchema, launcherEnvSchema, webEnvSchema, workerEnvSchema } from '@kordon/config';

const root = path.resolve(__dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[] | string;
  entrypoint?: string[] | string;
  healthcheck?: { test: string[] | string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}

/** The folders tools/build.mjs compiles to dist/, read from the script itself. */
function compiledRoots(): string[] {
  const match = /const sources = \[([^\]]*)\]/.exec(read('tools/build.mjs'));
  return [...(match?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');
}

/** Repository paths a command mentions: dist/…, node_modules/…, apps/…. */
function mentionedPaths(command: string[] | string | undefined): string[] {
  const text = Array.isArray(command) ? command.join(' ') : (command ?? '');
  return [...text.matchAll(/(?:^|[\s'"`(])((?:dist|node_modules|apps)\/[\w@./-]+)/g)].map(
    (m) => m[1] ?? '',
  );
}

/** Why a mentioned path would not exist after `npm ci` + build, or null when it would. */
function missingAfterBuild(file: string): string | null {
  if (file.startsWith('dist/')) {
    const source = file.slice('dist/'.length).replace(/\.js$/, '.ts');
    if (!existsSync(path.join(root, source))) return `${file}: its source ${source} does not exist`;
    const compiled = compiledRoots().some((dir) => source.startsWith(`${dir}/`));
    return compiled ? null : `${file}: ${source} is not under a folder tools/build.mjs compiles`;
  }
  return existsSync(path.join(root, file)) ? null : `${file} does not exist`;
}

function dockerignorePatterns(): string[] {
  return read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'));
}

function ignoredByDockerignore(source: string): boolean {
  return dockerignorePatterns().some((pattern) => {
    const bare = pattern.replace(/^\*\*\//, '');
    return (
      source === pattern || source.startsWith(`${pattern}/`) || source.split('/').includes(bare)
    );
  });
}

const compose = parse(read('docker-compose.yml')) as { services: Record<string, ComposeService> };
const dockerfiles = [
  'apps/api/Dockerfile',
  'apps/worker/Dockerfile',
  'apps/web/Dockerfile',
  'apps/cli/Dockerfile',
];

describe('docker-compose.yml', () => {
  it('runs postgres 15, api, worker and web', () => {
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(['postgres', 'api', 'worker', 'web']),
    );
    expect(compose.services['postgres']?.image).toBe('postgres:15');
    expect(compose.services['postgres']?.healthcheck).toBeDefined();
    expect(compose.services['api']?.healthcheck).toBeDefined();
    expect(compose.services['web']?.depends_on?.['api']?.condition).toBe('service_healthy');
  });

  it('gives api and worker a DATABASE_URL on the postgres service and the dashboard the api URL', () => {
    for (const name of ['api', 'worker']) {
      expect(compose.services[name]?.environment?.['DATABASE_URL']).toMatch(
        /^postgresql:\/\/.*@postgres:5432\/kordon$/,
      );
    }
    expect(compose.services['web']?.environment?.['KORDON_API_URL']).toBe('http://api:4000');
  });

  it.each(Object.keys(compose.services))(
    'service %s refers only to files that exist after a build',
    (name) => {
      const service = compose.services[name] as ComposeService;
      const files = [service.command, service.entrypoint, service.healthcheck?.test].flatMap(
        mentionedPaths,
      );
      expect(files.length > 0 || service.image === 'postgres:15').toBe(true);
      expect(files.map(missingAfterBuild).filter(Boolean)).toEqual([]);
      if (service.build)
        expect(existsSync(path.join(root, service.build.context, service.build.dockerfile))).toBe(
          true,
        );
    },
  );
});

describe.each(dockerfiles)('%s', (dockerfile) => {
  const text = read(dockerfile);
  const instructions = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => /^[A-Z]+\s/.test(line));

  it('builds in stages with npm ci and runs as a non-root user', () => {
    expect(instructions.filter((line) => line.startsWith('FROM ')).length).toBeGreaterThanOrEqual(
      2,
    );
    expect(instructions.some((line) => /^RUN npm ci\b/.test(line))).toBe(true);
    const user = instructions.filter((line) => line.startsWith('USER ')).pop();
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER (root|0)\b/);
  });

  it('copies only sources that exist and are not excluded by .dockerignore', () => {
    const sources = instructions
      .filter((line) => line.startsWith('COPY ') && !line.includes('--from='))
      .flatMap((line) =>
        line
          .split(/\s+/)
          .slice(1, -1)
          .filter((arg) => !arg.startsWith('--')),
      );
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((source) => !existsSync(path.join(root, source)))).toEqual([]);
    expect(sources.filter(ignoredByDockerignore)).toEqual([]);
  });

  it('starts a file that exists after a build', () => {
    const cmd = instructions.filter((line) => line.startsWith('CMD ')).pop() ?? '';
    const args = JSON.parse(cmd.slice('CMD '.length)) as string[];
    expect(args[0]).toBe('node');
    const files = mentionedPaths(args);
    expect(files.length).toBeGreaterThan(0);
    expect(files.map(missingAfterBuild).filter(Boolean)).toEqual([]);
  });
});

describe('.env.example', () => {
  const documented = new Set(
    [...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]),
  );

  it('documents every variable of the env schemas, plus the CLI and test ones', () => {
    const schemas = [apiEnvSchema, workerEnvSchema, webEnvSchema, launcherEnvSchema];
    const variables = new Set(schemas.flatMap((schema) => Object.keys(schema.shape)));
    for (const extra of ['KORDON_API_URL', 'KORDON_TOKEN', 'TEST_DATABASE_URL'])
      variables.add(extra);
    expect([...variables].filter((variable) => !documented.has(variable))).toEqual([]);
  });
});
