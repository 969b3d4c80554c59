import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@kordon/testing';
import { findRepoRoot } from './find-repo-root';

const START = path.join(findRepoRoot(__dirname), 'tools/start.mjs');

/** Pids of live processes whose environment says KORDON_HOME=home (api, worker, web) or whose command line names it (postgres -D). */
async function processesOf(home: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const read = (file: string) => readFile(`/proc/${entry}/${file}`).catch(() => Buffer.alloc(0));
    const [environ, cmdline, stat] = await Promise.all([
      read('environ'),
      read('cmdline'),
      read('stat'),
    ]);
    if (/\) Z /.test(stat.toString('utf8'))) continue; // a zombie has already exited
    if (environ.includes(`KORDON_HOME=${home}\0`) || cmdline.includes(home))
      found.push(Number(entry));
  }
  return found;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function waitForLine(
  child: ChildProcess,
  text: string,
  timeoutMs: number,
  out: string[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "${text}" within ${timeoutMs} ms:\n${out.slice(-20).join('')}`)),
      timeoutMs,
    );
    const onData = (d: Buffer) => {
      out.push(d.toString('utf8'));
      if (out.join('').includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => out.push(d.toString('utf8')));
    child.once('exit', () => reject(new Error(`npm start exited:\n${out.slice(-20).join('')}`)));
  });
}

/**
 * `npm start` (tools/start.mjs) as a user runs it, in its own process group, with its own
 * home and ports; `viaNpm`: through npm itself (npm → sh -c → node tools/start.mjs).
 */
function npmStart(
  home: string,
  ports: { api: number; web: number; pg: number },
  viaNpm = false,
): ChildProcess {
  const { DATABASE_URL: _a, TEST_DATABASE_URL: _b, ...env } = process.env;
  const [command, args] = viaNpm ? ['npm', ['start']] : [process.execPath, [START]];
  return spawn(command, args, {
    cwd: path.dirname(path.dirname(START)),
    env: {
      ...env,
      KORDON_HOME: home,
      KORDON_API_PORT: String(ports.api),
      KORDON_WEB_PORT: String(ports.web),
      KORDON_PG_PORT: String(ports.pg),
      KORDON_WORKER_METRICS_PORT: '0',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function makeHome(): Promise<string> {
  const home = await mkdtemp(path.join(tmpdir(), 'kordon-stop-'));
  await chmod(home, 0o755); // when run as root, Postgres runs as the postgres user and must enter it
  return home;
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/**
 * `npm start` (tools/start.mjs) with its embedded Postgres, as a user runs it: after a
 * rejected upload and with an upload stalled mid-body, a signal to its process
 * group stops the api, worker, dashboard and Postgres, and frees every port.
 */
describe.each(['SIGTERM', 'SIGINT'] as const)('npm start stopped by %s', (signal) => {
  let home: string;
  let child: ChildProcess;
  const out: string[] = [];
  afterAll(async () => {
    for (const pid of await processesOf(home)) process.kill(pid, 'SIGKILL');
    await rm(home, { recursive: true, force: true });
  });

  it('stops everything it started, even after a rejected upload and with one stalled', async () => {
    home = await makeHome();
    const [api, web, pg] = [await freePort(), await freePort(), await freePort()];
    child = npmStart(home, { api, web, pg });
    await waitForLine(child, 'Kordon is running.', 150_000, out);
    const token = (await readFile(path.join(home, 'admin-token'), 'utf8')).trim();
    const rejected = await fetch(`http://127.0.0.1:${api}/api/v1/clusters/x/snapshots`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
      body: 'not a snapshot',
    });
    expect(rejected.status).toBe(422);
    const stalled = connect(api, '127.0.0.1');
    stalled.on('error', () => undefined);
    stalled.write(
      `POST /api/v1/clusters/x/snapshots HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/x-ndjson\r\nContent-Length: 100000\r\n\r\n{"apiVersion":`,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect((await processesOf(home)).length).toBeGreaterThanOrEqual(4);

    const exited = exitOf(child);
    process.kill(-(child.pid as number), signal); // the whole process group, as a terminal or a supervisor does
    const started = Date.now();
    expect(await exited).toBe(0);
    stalled.destroy();
    expect(Date.now() - started).toBeLessThan(30_000);
    for (let i = 0; i < 50 && (await processesOf(home)).length > 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await processesOf(home)).toEqual([]);
    for (const port of [api, web, pg]) expect([port, await listening(port)]).toEqual([port, false]);
    expect(out.join('')).toContain('kordon: stopped.');
  });
});

/**
 * A supervisor, `timeout` or CI sends SIGTERM to the npm process only: npm and its
 * `sh -c` end without passing it on. The launcher notices its parent is gone and
 * stops the api, worker, dashboard and Postgres as after a Ctrl-C.
 */
describe('npm start when only npm gets SIGTERM', () => {
  let home: string;
  let child: ChildProcess;
  const out: string[] = [];
  afterAll(async () => {
    for (const pid of await processesOf(home)) process.kill(pid, 'SIGKILL');
    await rm(home, { recursive: true, force: true });
  });

  it('stops everything it started and frees the ports', async () => {
    home = await makeHome();
    const [api, web, pg] = [await freePort(), await freePort(), await freePort()];
    child = npmStart(home, { api, web, pg }, true);
    await waitForLine(child, 'password: ', 150_000, out);
    // a first start: the credentials come after the banner, Nest's bootstrap lines not at all
    const text = out.join('');
    expect(text.indexOf('  password: ')).toBeGreaterThan(text.indexOf('Kordon is running.'));
    expect(text).not.toMatch(/"context":"(RouterExplorer|InstanceLoader|RoutesResolver)"/);
    const started = await processesOf(home);
    expect(started.length).toBeGreaterThanOrEqual(4);

    const npmExited = exitOf(child);
    process.kill(child.pid as number, 'SIGTERM'); // npm only, not its process group
    await npmExited;
    const stoppedBy = Date.now() + 40_000;
    while (Date.now() < stoppedBy && (await processesOf(home)).length > 0)
      await new Promise((r) => setTimeout(r, 250));
    expect(await processesOf(home)).toEqual([]);
    for (const port of [api, web, pg]) expect([port, await listening(port)]).toEqual([port, false]);
  }, 240_000);
});

/**
 * A launcher killed with SIGKILL (a crash, the OOM killer) cannot stop what it started:
 * its Postgres keeps the data folder locked and its port taken. The next `npm start`
 * stops what was left, says so, and starts on the same data.
 */
describe('npm start after a launcher was killed', () => {
  let home: string;
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null)
        process.kill(-(child.pid as number), 'SIGKILL');
    for (const pid of await processesOf(home)) process.kill(pid, 'SIGKILL');
    await rm(home, { recursive: true, force: true });
  });

  it('stops the Postgres the killed launcher left running, says so, and starts on the same data', async () => {
    home = await makeHome();
    const ports = { api: await freePort(), web: await freePort(), pg: await freePort() };
    const first = npmStart(home, ports);
    children.push(first);
    await waitForLine(first, 'Kordon is running.', 150_000, []);
    const token = await readFile(path.join(home, 'admin-token'), 'utf8');
    const lock = await readFile(path.join(home, 'postgres', 'postmaster.pid'), 'utf8');
    const postmaster = Number(lock.split('\n')[0]);
    const killed = exitOf(first);
    process.kill(first.pid as number, 'SIGKILL'); // the launcher only, not its process group
    await killed;
    expect(await processesOf(home)).toContain(postmaster);

    const out: string[] = [];
    const second = npmStart(home, ports);
    children.push(second);
    await waitForLine(second, 'Kordon is running.', 150_000, out);
    const text = out.join('');
    expect(text).toContain(
      `stopping the embedded Postgres (pid ${postmaster}) that an earlier start left running`,
    );
    expect(await processesOf(home)).not.toContain(postmaster);
    expect(text).toContain(`reusing the embedded Postgres in ${path.join(home, 'postgres')}`);
    expect(text).not.toContain(token.trim()); // the same database: no new admin token
    const stopped = exitOf(second);
    process.kill(-(second.pid as number), 'SIGTERM');
    expect(await stopped).toBe(0);
  }, 320_000);
});
