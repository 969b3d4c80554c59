import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { apiVersionOf, type KubeResource } from '@kordon/contracts';
import {
  apiGroupList,
  apiResourceList,
  apiVersions,
  KUBERNETES_VERSION,
  resourceFor,
} from './kube-discovery';
import type { KubeObjectStore } from './kube-object-store';
import { EXPIRED, forbidden, notFound, status } from './kube-status';
import { testCertificate } from './test-certificate';

/** Behaviour to test a client against, per resource plural (`pods`, `networkpolicies`). */
export interface KubeApiServerOptions {
  store: KubeObjectStore;
  /** When set, every request must carry `Authorization: Bearer <token>` (else 401). */
  token?: string;
  /** Plurals whose list and get answer 403 Forbidden. */
  forbidden?: readonly string[];
  /** The continue token for this 0-based page of this plural answers 410 Expired, once. */
  expireContinue?: readonly { plural: string; page: number }[];
  /** The first `times` requests for this plural answer `status` (429 with Retry-After: 0). */
  failures?: readonly { plural: string; status: 429 | 500 | 503; times: number }[];
  /** Every response for this plural waits `ms` first. */
  delays?: readonly { plural: string; ms: number }[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
}

export interface KubeApiServer {
  url: string;
  /** The server's self-signed certificate (PEM): what a kubeconfig trusts. */
  ca: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const RESOURCE_VERSION = '81723';

interface Token {
  rv: string;
  start: number;
  page: number;
}

function encodeToken(token: Token): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken(text: string): Token | null {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Token;
    return Number.isInteger(value.start) && Number.isInteger(value.page) ? value : null;
  } catch {
    return null;
  }
}

interface Target {
  resource: KubeResource;
  namespace?: string;
  name?: string;
}

/** `/api/v1/…` or `/apis/{group}/{version}/…` after the group version: what is asked. */
function parseTarget(group: string, version: string, rest: string[]): Target | null {
  const [a, b, c, d] = rest;
  const find = (plural: string | undefined) =>
    plural === undefined ? null : resourceFor(group, version, plural);
  if (a === 'namespaces' && b !== undefined && c !== undefined) {
    const resource = find(c);
    return resource?.namespaced ? { resource, namespace: b, ...(d ? { name: d } : {}) } : null;
  }
  const resource = find(a);
  if (!resource || rest.length > 2) return null;
  return { resource, ...(b ? { name: b } : {}) };
}

class Handler {
  readonly requests: RecordedRequest[] = [];
  private readonly failuresLeft = new Map<string, number>();
  private readonly expired = new Set<string>();

  constructor(private readonly options: KubeApiServerOptions) {
    for (const f of options.failures ?? []) this.failuresLeft.set(f.plural, f.times);
  }

  async handle(req: IncomingMessage, res: ServerResponse, base: string): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const query = Object.fromEntries(url.searchParams);
    const send = (code: number, body: object, headers: Record<string, string> = {}) => {
      this.requests.push({ method: req.method ?? 'GET', path: url.pathname, query, status: code });
      res.writeHead(code, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (this.options.token && req.headers.authorization !== `Bearer ${this.options.token}`)
      return send(401, status(401, 'Unauthorized', 'Unauthorized'));
    const segments = url.pathname.split('/').filter((s) => s !== '');
    if (url.pathname === '/version') return send(200, KUBERNETES_VERSION);
    if (url.pathname === '/api') return send(200, apiVersions(url.host));
    if (url.pathname === '/apis') return send(200, apiGroupList());
    const [root, g, v, ...rest] = segments;
    const group = root === 'api' ? '' : (g ?? '');
    const version = root === 'api' ? (g ?? '') : (v ?? '');
    const tail = root === 'api' ? [v, ...rest].filter((s): s is string => s !== undefined) : rest;
    if (root !== 'api' && root !== 'apis') return send(404, notFound(url.pathname));
    if (tail.length === 0) {
      const list = apiResourceList(group, version);
      return list ? send(200, list) : send(404, notFound(url.pathname));
    }
    const target = parseTarget(group, version, tail);
    if (!target) return send(404, notFound(url.pathname));
    await this.answer(target, query, send);
  }

  private async answer(
    target: Target,
    query: Record<string, string>,
    send: (code: number, body: object, headers?: Record<string, string>) => void,
  ): Promise<void> {
    const { resource } = target;
    const delay = this.options.delays?.find((d) => d.plural === resource.plural);
    if (delay) await new Promise((r) => setTimeout(r, delay.ms));
    if (this.options.forbidden?.includes(resource.plural))
      return send(403, forbidden(resource, target.name ? 'get' : 'list', target.namespace));
    const left = this.failuresLeft.get(resource.plural) ?? 0;
    if (left > 0) {
      this.failuresLeft.set(resource.plural, left - 1);
      const code = this.options.failures?.find((f) => f.plural === resource.plural)?.status ?? 500;
      const reason = code === 429 ? 'TooManyRequests' : 'InternalError';
      return send(code, status(code, reason, `test server: ${reason}`), {
        ...(code === 429 ? { 'retry-after': '0' } : {}),
      });
    }
    if (target.name !== undefined) return this.get(target, send);
    this.list(target, query, send);
  }

  private get(target: Target, send: (code: number, body: object) => void): void {
    const { resource } = target;
    const object = this.options.store.get(resource.kind, target.namespace ?? '', target.name ?? '');
    if (!object) return send(404, notFound(`${resource.plural} "${target.name}"`));
    send(200, { apiVersion: apiVersionOf(resource), kind: resource.kind, ...object });
  }

  private list(
    target: Target,
    query: Record<string, string>,
    send: (code: number, body: object) => void,
  ): void {
    const { resource } = target;
    const token = query.continue ? decodeToken(query.continue) : { rv: '', start: 0, page: 0 };
    if (!token) return send(400, status(400, 'BadRequest', 'continue key is not valid'));
    const expiry = `${resource.plural}/${token.page}`;
    const expires = this.options.expireContinue?.some(
      (e) => e.plural === resource.plural && e.page === token.page,
    );
    if (query.continue && expires && !this.expired.has(expiry)) {
      this.expired.add(expiry);
      return send(410, EXPIRED);
    }
    const limit = query.limit ? Number(query.limit) : Infinity;
    const end = token.start + (limit > 0 ? limit : Infinity);
    const { items, total } = this.options.store.page(
      resource.kind,
      token.start,
      end,
      target.namespace,
    );
    for (const item of items) {
      delete item.kind;
      delete item.apiVersion;
    }
    const next =
      end < total
        ? encodeToken({ rv: RESOURCE_VERSION, start: end, page: token.page + 1 })
        : undefined;
    send(200, {
      kind: `${resource.kind}List`,
      apiVersion: apiVersionOf(resource),
      metadata: {
        resourceVersion: RESOURCE_VERSION,
        ...(next ? { continue: next, remainingItemCount: total - end } : {}),
      },
      items,
    });
  }
}

/**
 * A Kubernetes API server of real shape for tests (no cluster runs here):
 * `/version`, `/api`, `/apis`, group discovery, typed lists whose items carry no
 * kind, `resourceVersion` and `limit`/`continue` paging, gets by name, and on
 * demand a forbidden resource (403), an expiring continue token (410), failing
 * (429/5xx) and slow responses. HTTPS on 127.0.0.1 with a self-signed
 * certificate (`ca`); `kubectl` and @kubernetes/client-node both talk to it.
 */
export async function startKubeApiServer(options: KubeApiServerOptions): Promise<KubeApiServer> {
  const handler = new Handler(options);
  let base = 'https://127.0.0.1';
  const certificate = testCertificate();
  const server: Server = createServer(certificate, (req, res) => {
    handler.handle(req, res, base).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status(500, 'InternalError', String(error))));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    ca: certificate.cert,
    requests: handler.requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A kubeconfig (YAML) whose current context `test` points at the server (trusting its CA) with a bearer token. */
export function kubeconfigFor(
  server: Pick<KubeApiServer, 'url' | 'ca'>,
  token: string,
  cluster = 'test-cluster',
): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: ${cluster}`,
    '  cluster:',
    `    server: ${server.url}`,
    `    certificate-authority-data: ${Buffer.from(server.ca).toString('base64')}`,
    'users:',
    '- name: collector',
    '  user:',
    `    token: ${token}`,
    'contexts:',
    '- name: test',
    '  context:',
    `    cluster: ${cluster}`,
    '    user: collector',
    'current-context: test',
    '',
  ].join('\n');
}
