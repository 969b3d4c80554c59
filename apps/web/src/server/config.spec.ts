import { loadWebConfig } from './config';

describe('loadWebConfig', () => {
  it('defaults to the API on 127.0.0.1:4000 and trims a trailing slash from KORDON_API_URL', () => {
    expect(loadWebConfig({}).apiUrl).toBe('http://127.0.0.1:4000');
    expect(loadWebConfig({ KORDON_API_URL: 'http://api:8080/' }).apiUrl).toBe('http://api:8080');
  });

  it('holds no token: KORDON_WEB_TOKEN is no longer read', () => {
    expect(loadWebConfig({ KORDON_WEB_TOKEN: 'old' })).toEqual({ apiUrl: 'http://127.0.0.1:4000' });
  });
});
