import request from 'supertest';
import { runCli } from '../../cli/src/__fixtures__/run-cli';
import { TEST_PASSWORD, startApi, type ApiHarness } from './api-harness';
import { signIn } from './session-client';

describe('kordon admin against the real API', () => {
  let api: ApiHarness;
  let url: string;
  const cli = (argv: string[], options: { token?: string; stdin?: string } = {}) =>
    runCli([...argv, '--api', url, '--token', options.token ?? api.adminToken], {
      stdin: options.stdin,
      now: new Date(),
    });

  beforeAll(async () => {
    api = await startApi();
    await api.app.listen(0, '127.0.0.1');
    url = await api.app.getUrl();
    await request(api.server)
      .post('/api/v1/clusters/prod/snapshots')
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('content-type', 'application/json')
      .send({ apiVersion: 'v1', kind: 'List', items: [] });
  });
  afterAll(async () => api.close());

  it('creates a user with a generated password printed once, which signs in', async () => {
    const run = await cli([
      'admin',
      'create-user',
      '--email',
      'nina@example.test',
      '--role',
      'triager',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^created nina@example.test \(triager, all clusters\)\n/);
    const password = /password \(shown only this once\): (\S+)/.exec(run.stdout)?.[1] ?? '';
    const session = await signIn(api, 'nina@example.test', password);
    const me = await request(api.server).get('/auth/me').set('cookie', session.cookie);
    expect(me.body.user.role).toBe('triager');
  });

  it('creates a cluster-restricted viewer with a password from stdin, printing no password', async () => {
    const run = await cli(
      [
        'admin',
        'create-user',
        '--email',
        'omar@example.test',
        '--role',
        'viewer',
        '--clusters',
        'prod',
        '--password-stdin',
      ],
      { stdin: 'a password from stdin\n' },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('created omar@example.test (viewer, 1 cluster(s))\n');
    await signIn(api, 'omar@example.test', 'a password from stdin');
  });

  it('resets a password and ends the sessions', async () => {
    const user = await api.createUser('viewer', { email: 'pia@example.test' });
    const old = await signIn(api, user.email);
    const run = await cli(['admin', 'reset-password', '--email', 'pia@example.test', '--json']);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer).toMatchObject({ user: { email: 'pia@example.test' }, sessionsEnded: 1 });
    expect((await request(api.server).get('/auth/me').set('cookie', old.cookie)).status).toBe(401);
    await signIn(api, user.email, answer.generatedPassword);
  });

  it('explains a refusal: a non-admin token, an unknown role, an unknown user', async () => {
    const read = await api.issueToken(['read']);
    const forbidden = await cli(
      ['admin', 'create-user', '--email', 'q@example.test', '--role', 'viewer'],
      { token: read },
    );
    expect(forbidden.code).toBe(2);
    expect(forbidden.stderr).toMatch(/forbidden/);
    const role = await cli([
      'admin',
      'create-user',
      '--email',
      'q@example.test',
      '--role',
      'owner',
    ]);
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/--role must be one of viewer, triager, admin/);
    const unknown = await cli(['admin', 'reset-password', '--email', 'nobody@example.test']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no user has the email nobody@example.test/);
  });

  it('changes a role and clusters, disables (sessions end, sign-in refused) and enables a user', async () => {
    const user = await api.createUser('viewer', { email: 'rui@example.test' });
    const session = await signIn(api, user.email);
    const update = await cli([
      'admin',
      'update-user',
      '--email',
      user.email,
      '--role',
      'triager',
      '--clusters',
      'prod',
    ]);
    expect(update.stderr).toBe('');
    expect(update.stdout).toBe('updated rui@example.test (triager, 1 cluster(s))\n');
    const me = await request(api.server).get('/auth/me').set('cookie', session.cookie);
    expect(me.body.user.role).toBe('triager');
    const off = await cli(['admin', 'disable-user', '--email', user.email]);
    expect(off.stdout).toBe('disabled rui@example.test (triager, 1 cluster(s), disabled)\n');
    expect((await request(api.server).get('/auth/me').set('cookie', session.cookie)).status).toBe(
      401,
    );
    const refused = await request(api.server)
      .post('/auth/sign-in')
      .send({ email: user.email, password: TEST_PASSWORD });
    expect(refused.status).toBe(401);
    const on = await cli(['admin', 'enable-user', '--email', user.email, '--json']);
    expect(JSON.parse(on.stdout)).toMatchObject({ email: user.email, disabled: false });
    await signIn(api, user.email);
    const nothing = await cli(['admin', 'update-user', '--email', user.email]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/--role, --clusters or both/);
  });

  it('documents every command in --help', async () => {
    const help = await runCli(['admin', '--help']);
    for (const command of [
      'create-user',
      'update-user',
      'disable-user',
      'enable-user',
      'reset-password',
    ])
      expect(help.stdout).toContain(command);
  });
});
