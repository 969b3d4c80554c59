import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadWebConfig } from './config';

describe('loadWebConfig', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'kordon-web-config-'));
    writeFileSync(path.join(root, 'nx.json'), '{}');
    mkdirSync(path.join(root, '.kordon'));
    mkdirSync(path.join(root, 'apps/web'), { recursive: true });
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('defaults to the API on 127.0.0.1:4000 and trims a trailing slash from KORDON_API_URL', () => {
    expect(loadWebConfig({}, root).apiUrl).toBe('http://127.0.0.1:4000');
    expect(loadWebConfig({ KORDON_API_URL: 'http://api:8080/' }, root).apiUrl).toBe(
      'http://api:8080',
    );
  });

  it('prefers KORDON_WEB_TOKEN over the admin-token file', () => {
    writeFileSync(path.join(root, '.kordon/admin-token'), 'from-file\n');
    const config = loadWebConfig({ KORDON_WEB_TOKEN: 'from-env' }, root);
    expect(config).toMatchObject({ token: 'from-env', tokenSource: 'KORDON_WEB_TOKEN' });
  });

  it('finds the default .kordon/admin-token at the repo root when started from a subfolder', () => {
    writeFileSync(path.join(root, '.kordon/admin-token'), 'kdn_secret\n');
    const config = loadWebConfig({}, path.join(root, 'apps/web'));
    expect(config.token).toBe('kdn_secret');
    expect(config.tokenSource).toBe(path.join(root, '.kordon/admin-token'));
  });

  it('reads the token from an absolute KORDON_HOME', () => {
    const home = path.join(root, 'elsewhere');
    mkdirSync(home);
    writeFileSync(path.join(home, 'admin-token'), 'kdn_home');
    expect(loadWebConfig({ KORDON_HOME: home }, root).token).toBe('kdn_home');
  });

  it('says where it looked when there is no token', () => {
    const config = loadWebConfig({ KORDON_HOME: path.join(root, 'missing') }, root);
    expect(config.token).toBeNull();
    expect(config.tokenSource).toContain(path.join(root, 'missing', 'admin-token'));
  });
});
