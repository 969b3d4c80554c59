import http from 'node:http';
import https from 'node:https';
import type { KubeConnection } from './kube-connection';

/** One API server answer, its body parsed as JSON (null when it was not JSON). */
export interface KubeAnswer {
  status: number;
  body: unknown;
  retryAfterS: number | null;
  bytes: number;
}

/** A transport failure (connection refused or reset, timeout): retried like a 5xx. */
export class KubeTransportError extends Error {}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** `GET server+path` with the connection's credentials, giving up after `timeoutMs`. */
export async function kubeGet(
  connection: KubeConnection,
  path: string,
  timeoutMs: number,
): Promise<KubeAnswer> {
  const url = new URL(connection.server + path);
  const options = await connection.requestOptions();
  const transport = url.protocol === 'http:' ? http : https;
  const headers = {
    ...options.headers,
    Accept: 'application/json',
    'User-Agent': 'kordon-collect',
  };
  const agent = url.protocol === 'http:' ? undefined : options.agent;
  return new Promise<KubeAnswer>((resolve, reject) => {
    const req = transport.get(url, { ...options, agent, headers, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        bytes += chunk.length;
      });
      res.on('error', (error) => reject(new KubeTransportError(error.message)));
      res.on('end', () => {
        const retryAfter = Number(res.headers['retry-after']);
        resolve({
          status: res.statusCode ?? 0,
          body: parse(Buffer.concat(chunks).toString('utf8')),
          retryAfterS: Number.isFinite(retryAfter) ? retryAfter : null,
          bytes,
        });
      });
    });
    req.on('timeout', () => req.destroy(new KubeTransportError(`timed out after ${timeoutMs} ms`)));
    req.on('error', (error) =>
      reject(error instanceof KubeTransportError ? error : new KubeTransportError(error.message)),
    );
  });
}
