import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedHook {
  headers: IncomingHttpHeaders;
  body: string;
  answeredWith: number;
}

/** A local HTTP receiver: records every request; answers 500 to the first `failFirst` of them. */
export class WebhookReceiver {
  readonly received: ReceivedHook[] = [];
  failFirst = 0;
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<WebhookReceiver> {
    let self: WebhookReceiver | null = null;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const r = self as WebhookReceiver;
        const status = r.received.length < r.failFirst ? 500 : 200;
        r.received.push({
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          answeredWith: status,
        });
        res.writeHead(status).end(status === 200 ? 'ok' : 'boom');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    self = new WebhookReceiver(server, `http://127.0.0.1:${port}/hook`);
    return self;
  }

  /** Waits until `n` requests arrived (or throws after `timeoutMs`). */
  async waitFor(n: number, timeoutMs = 20_000): Promise<ReceivedHook[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < n) {
      if (Date.now() > deadline)
        throw new Error(`the receiver got ${this.received.length} of ${n} requests`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return this.received;
  }

  reset(): void {
    this.received.length = 0;
    this.failFirst = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
