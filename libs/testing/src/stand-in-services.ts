import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const API = `
const http = require('node:http');
const port = Number(process.env.KORDON_API_PORT);
http
  .createServer((req, res) => {
    res.writeHead(req.url === '/api/v1/health' ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'ok', database: Boolean(process.env.DATABASE_URL) }));
  })
  .listen(port, '127.0.0.1', () => console.log('stand-in api listening on ' + port + ', pid ' + process.pid));
process.on('SIGTERM', () => process.exit(0));
`;

const WORKER = `
console.log('stand-in worker waiting for jobs');
setInterval(() => undefined, 1000);
process.on('SIGTERM', () => process.exit(0));
`;

const CRASHING = `
console.error('stand-in service failing on purpose');
setTimeout(() => process.exit(3), 100);
`;

export interface StandInServices {
  dir: string;
  /** Serves 200 on GET /api/v1/health at KORDON_API_PORT. */
  api: { command: string; args: string[] };
  /** Idles until SIGTERM. */
  worker: { command: string; args: string[] };
  /** Exits with code 3 shortly after starting. */
  crashing: { command: string; args: string[] };
}

/**
 * Tiny scripts standing in for the api and worker, written to a temp folder, so
 * launcher tests run without the real services being built.
 */
export async function writeStandInServices(): Promise<StandInServices> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kordon-stand-ins-'));
  await chmod(dir, 0o755);
  const write = async (name: string, source: string) => {
    const file = path.join(dir, `${name}.js`);
    await writeFile(file, source);
    return { command: process.execPath, args: [file] };
  };
  const [api, worker, crashing] = await Promise.all([
    write('api', API),
    write('worker', WORKER),
    write('crashing', CRASHING),
  ]);
  return { dir, api, worker, crashing };
}
