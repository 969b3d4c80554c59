import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connectDatabase, TokensRepository } from '@kordon/db';
import { startService, waitForHttp, type Service } from '../history/services';

async function readToken(url: string): Promise<string> {
  const database = connectDatabase(url);
  const { token } = await new TokensRepository(database).issueToken({
    name: 'bench-api',
    scopes: ['read'],
  });
  await database.close();
  return token;
}

/** Starts the API from `dist/` on `url` (pushed onto `services`) with a read token. */
export async function startApi(
  url: string,
  services: Service[],
): Promise<{ api: string; headers: Record<string, string> }> {
  const work = mkdtempSync(path.join(tmpdir(), 'kordon-bench-api-'));
  const port = 5000 + Math.floor(Math.random() * 90);
  const service = startService('api', {
    DATABASE_URL: url,
    KORDON_API_PORT: String(port),
    KORDON_HOME: work,
  });
  const stop = service.stop;
  service.stop = async () => {
    await stop();
    rmSync(work, { recursive: true, force: true });
  };
  services.push(service);
  const api = `http://127.0.0.1:${port}`;
  await waitForHttp(`${api}/api/v1/health`);
  return { api, headers: { authorization: `Bearer ${await readToken(url)}` } };
}
