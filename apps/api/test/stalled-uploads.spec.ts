import { connect, type Socket } from 'node:net';
import { connectTestSql } from '@kordon/testing';
import type { AddressInfo } from 'node:net';
import { startApi, type ApiHarness } from './api-harness';
import { demoLines, serialize } from './history-fixtures';

const STALLED = 50;

/** Opens an upload, sends its headers and the first bytes of the body, then stops sending. */
function stallUpload(port: number, token: string, firstBytes: Buffer): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        [
          'POST /api/v1/clusters/stalled/snapshots HTTP/1.1',
          'Host: 127.0.0.1',
          `Authorization: Bearer ${token}`,
          'Content-Type: application/x-ndjson',
          `Content-Length: ${10 * 1024 * 1024}`,
          '',
          '',
        ].join('\r\n'),
      );
      socket.write(firstBytes, () => resolve(socket));
    });
    socket.on('error', reject);
  });
}

async function timed(url: string, token?: string): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const res = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  await res.arrayBuffer();
  return { status: res.status, ms: Date.now() - started };
}

describe('stalled and slow uploads', () => {
  let api: ApiHarness;
  let base: string;
  let port: number;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    api = await startApi({ KORDON_UPLOAD_IDLE_TIMEOUT_S: '4' });
    await api.app.listen(0, '127.0.0.1');
    port = (api.app.getHttpServer().address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await api.close();
  });

  it('keeps health and reads answering within 1 s while 50 uploads stall, holding no database transaction', async () => {
    const demo = demoLines();
    const body = serialize(
      { ...demo.header, cluster: { name: 'stalled', kubernetesVersion: 'v1.31.4' } },
      demo.objects,
    );
    const half = body.subarray(0, Math.floor(body.length / 2));
    for (let i = 0; i < STALLED; i++) sockets.push(await stallUpload(port, api.adminToken, half));
    await new Promise((r) => setTimeout(r, 500));

    for (const [url, token] of [
      [`${base}/api/v1/health`, undefined],
      [`${base}/api/v1/clusters`, api.adminToken],
      [`${base}/api/v1/clusters/stalled/snapshots`, api.adminToken],
      [`${base}/api/v1/health`, undefined],
    ] as const) {
      const res = await timed(url, token);
      expect([url, res.status < 500, res.ms < 1000]).toEqual([url, true, true]);
    }
    const db = connectTestSql(api.databaseUrl);
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    );
    await db.end();
    expect(rows[0]?.n).toBe(0);
  });

  it('answers a stalled upload 408 request_timeout after KORDON_UPLOAD_IDLE_TIMEOUT_S', async () => {
    const socket = await stallUpload(port, api.adminToken, Buffer.from('{"apiVersion":'));
    sockets.push(socket);
    const started = Date.now();
    const response = await new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (d: Buffer) => {
        text += d.toString('utf8');
        if (text.includes('\r\n\r\n{')) resolve(text);
      });
      socket.on('close', () => resolve(text));
    });
    expect(response).toMatch(/^HTTP\/1\.1 408/);
    expect(response).toContain('"code":"request_timeout"');
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
    expect(Date.now() - started).toBeLessThan(8000);
  });
});
