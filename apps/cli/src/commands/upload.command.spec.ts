import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { closedPort, sendJson, startFakeApi, type FakeApi } from '../__fixtures__/fake-api';
import { DEMO_SNAPSHOT, runCli } from '../__fixtures__/run-cli';

const DONE = {
  id: 'snap-1',
  status: 'done',
  objectCount: 54,
  counts: { critical: 5, high: 22, medium: 27, low: 25, info: 0, total: 79 },
  timings: { queuedMs: 12, analysisMs: 340 },
};

describe('kordon upload', () => {
  let api: FakeApi | null = null;
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kordon-upload-'));
  });
  afterEach(async () => {
    await api?.close();
    api = null;
    await rm(dir, { recursive: true, force: true });
  });

  it('streams the snapshot to the cluster named in its header, with the token', async () => {
    api = await startFakeApi((_req, res) =>
      sendJson(res, 202, { snapshotId: 'snap-1', status: 'queued' }),
    );
    const { code, stdout } = await runCli([
      'upload',
      DEMO_SNAPSHOT,
      '--api',
      api.url,
      '--token',
      't0k',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('snap-1 (queued)\n');
    const [req] = api.requests;
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe('/api/v1/clusters/demo/snapshots');
    expect(req?.headers['authorization']).toBe('Bearer t0k');
    expect(req?.headers['content-type']).toBe('application/x-ndjson');
    expect(req?.headers['content-encoding']).toBeUndefined();
    expect(req?.headers['transfer-encoding']).toBe('chunked');
    expect(req?.body.equals(await readFile(DEMO_SNAPSHOT))).toBe(true);
  });

  it('sends gzip files as they are, marked Content-Encoding: gzip, and reads the token file', async () => {
    const gz = path.join(dir, 'snap.ndjson.gz');
    await writeFile(gz, gzipSync(await readFile(DEMO_SNAPSHOT)));
    await writeFile(path.join(dir, 'admin-token'), 'from-file\n');
    api = await startFakeApi((_req, res) =>
      sendJson(res, 200, { snapshotId: 'snap-1', status: 'done' }),
    );
    const { code, stdout } = await runCli(['upload', gz, '--cluster', 'prod'], {
      env: { apiUrl: api.url, home: dir },
    });
    expect(code).toBe(0);
    expect(stdout).toContain('already uploaded');
    const [req] = api.requests;
    expect(req?.url).toBe('/api/v1/clusters/prod/snapshots');
    expect(req?.headers['content-encoding']).toBe('gzip');
    expect(req?.headers['authorization']).toBe('Bearer from-file');
    expect(req?.body.equals(await readFile(gz))).toBe(true);
  });

  it('waits for the analysis and prints its summary', async () => {
    let polls = 0;
    api = await startFakeApi((req, res) => {
      if (req.method === 'POST')
        return sendJson(res, 202, { snapshotId: 'snap-1', status: 'queued' });
      polls += 1;
      sendJson(
        res,
        200,
        polls < 3 ? { id: 'snap-1', status: 'analyzing', counts: null, timings: null } : DONE,
      );
    });
    const { code, stdout, stderr } = await runCli([
      'upload',
      DEMO_SNAPSHOT,
      '--api',
      api.url,
      '--wait',
    ]);
    expect(code).toBe(0);
    expect(api.requests.at(-1)?.url).toBe('/api/v1/snapshots/snap-1');
    expect(stdout).toContain('findings: 5 critical, 22 high, 27 medium, 25 low, 0 info (79 total)');
    expect(stdout).toContain('timings: queued 12 ms, analysis 340 ms');
    expect(stderr).toContain('analyzing');
  });

  it('exits 1 when the analysis failed', async () => {
    api = await startFakeApi((req, res) =>
      req.method === 'POST'
        ? sendJson(res, 202, { snapshotId: 'snap-1', status: 'queued' })
        : sendJson(res, 200, { id: 'snap-1', status: 'failed', failureReason: 'boom' }),
    );
    const { code, stdout } = await runCli(['upload', DEMO_SNAPSHOT, '--api', api.url, '--wait']);
    expect(code).toBe(1);
    expect(stdout).toContain('reason: boom');
  });

  it('prints API errors as code: message with details; 4xx exits 2, 5xx exits 3', async () => {
    api = await startFakeApi((_req, res) =>
      sendJson(res, 422, {
        code: 'invalid_snapshot',
        message: 'line 3: bad object',
        details: [{ path: 'line 3: kind', problem: 'is required' }],
      }),
    );
    const rejected = await runCli(['upload', DEMO_SNAPSHOT, '--api', api.url]);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toContain('invalid_snapshot: line 3: bad object');
    expect(rejected.stderr).toContain('line 3: kind: is required');
    await api.close();
    api = await startFakeApi((_req, res) =>
      sendJson(res, 503, { code: 'unavailable', message: 'try later', details: [] }),
    );
    expect((await runCli(['upload', DEMO_SNAPSHOT, '--api', api.url])).code).toBe(3);
  });

  it('says how to start the API when the local instance is unreachable', async () => {
    const { code, stderr } = await runCli(['upload', DEMO_SNAPSHOT], {
      env: { apiPort: await closedPort() },
    });
    expect(code).toBe(3);
    expect(stderr).toContain('is `npm start` running? set --api or KORDON_API_URL');
  });

  it('asks for --cluster when the file names none, and exits 2 for a missing file', async () => {
    expect((await runCli(['upload', 'list.json'])).stderr).toContain('pass --cluster NAME');
    expect((await runCli(['upload', 'missing.ndjson'])).code).toBe(2);
  });
});

describe('kordon scan --upload', () => {
  it('posts the report with repository, commit and branch; a 404 (no scans endpoint) fails with exit 2', async () => {
    const api = await startFakeApi((_req, res) =>
      sendJson(res, 404, { code: 'not_found', message: 'no such route', details: [] }),
    );
    try {
      const { code, stderr } = await runCli([
        'scan',
        'deployment',
        '--level',
        'baseline',
        '--upload',
        '--api',
        api.url,
        '--repository',
        'acme/shop',
        '--commit',
        'abc123',
        '--branch',
        'main',
      ]);
      expect(code).toBe(2);
      expect(stderr).toContain('not_found: no such route');
      const body = JSON.parse(api.requests[0]?.body.toString('utf8') ?? '{}') as {
        repository: string;
        commit: string;
        branch: string;
        report: { kind: string };
      };
      expect(api.requests[0]?.url).toBe('/api/v1/scans');
      expect(body).toMatchObject({ repository: 'acme/shop', commit: 'abc123', branch: 'main' });
      expect(body.report.kind).toBe('ScanReport');
    } finally {
      await api.close();
    }
  });

  it('exits 3 when the API is unreachable, and 0 with a warning under --upload-optional', async () => {
    const port = await closedPort();
    const argv = [
      'scan',
      'deployment',
      '--level',
      'baseline',
      '--fail-on-new',
      'high',
      '--repository',
      'acme/shop',
      '--api',
      `http://127.0.0.1:${port}`,
    ];
    const failed = await runCli(argv);
    expect(failed.code).toBe(3);
    expect(failed.stderr).toContain('cannot reach the Kordon API');
    const optional = await runCli([...argv, '--upload-optional']);
    expect(optional.code).toBe(0);
    expect(optional.stderr).toContain(
      'warning: scan not uploaded (--upload-optional), gate skipped',
    );
  });
});
