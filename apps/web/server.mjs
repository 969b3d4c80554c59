// The dashboard's server, run instead of `next start`:
//   node apps/web/server.mjs [--port 3000] [--hostname 127.0.0.1]   (after `next build apps/web`)
// Next.js route handlers never see the socket, so this plain Node HTTP server decides who the
// client is before Next does: X-Forwarded-For and X-Real-IP are replaced on every request by the
// socket's remote address, or — when that peer is one of KORDON_TRUSTED_PROXIES (addresses,
// CIDRs or `loopback`, comma-separated; default none) — by the client it names
// (client-address.mjs). The /auth/* proxy passes that address to the API for the per-address
// sign-in limit (docs/security.md, "Behind a fronting proxy").
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clientAddress, parseTrustedProxies } from './client-address.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));
/** Set once this server rewrites the headers; the /auth/* proxy forwards the address only then. */
const MARKER = Symbol.for('kordon.web.clientAddressResolved');

function fail(message) {
  process.stderr.write(`kordon-web: ${message}\n`);
  process.exit(2);
}

function options() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', short: 'p', default: '3000' },
        hostname: { type: 'string', short: 'H', default: '127.0.0.1' },
      },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new Error(`--port: expected a port number (0-65535), got "${values.port}"`);
    }
    const proxies = parseTrustedProxies(process.env.KORDON_TRUSTED_PROXIES);
    return { port, hostname: values.hostname, proxies };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** Replaces the client-address headers with the address this server vouches for. */
function resolveClient(request, proxies) {
  const address = clientAddress(
    request.socket.remoteAddress,
    request.headers['x-forwarded-for'],
    proxies,
  );
  delete request.headers['forwarded'];
  delete request.headers['x-real-ip'];
  delete request.headers['x-forwarded-for'];
  if (address !== null) {
    request.headers['x-forwarded-for'] = address;
    request.headers['x-real-ip'] = address;
  }
}

async function main() {
  const { port, hostname, proxies } = options();
  process.env.NODE_ENV ??= 'production';
  const { default: next } = await import('next');
  const server = createServer();
  const app = next({ dev: false, dir, hostname, port, httpServer: server });
  await app.prepare();
  const handle = app.getRequestHandler();
  globalThis[MARKER] = true;
  server.on('request', (request, response) => {
    resolveClient(request, proxies.list);
    handle(request, response).catch((error) => {
      process.stderr.write(`kordon-web: ${error?.stack ?? error}\n`);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  const stop = () => {
    server.close();
    server.closeIdleConnections();
    app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  server.once('error', (error) => fail(`cannot listen on ${hostname}:${port}: ${error.message}`));
  server.listen(port, hostname, () => {
    const trusted = proxies.entries.length > 0 ? proxies.entries.join(', ') : 'none';
    process.stdout.write(
      `kordon-web: listening on http://${hostname}:${port} (trusted proxies: ${trusted})\n`,
    );
  });
}

main().catch((error) => fail(error instanceof Error ? (error.stack ?? error.message) : error));
