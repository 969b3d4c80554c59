import { createServer } from 'node:net';
import { LauncherError } from './launcher-error';

function tryListen(port: number, host: string): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(null)));
  });
}

/**
 * Fails with a message naming the variable to change when `port` is taken, so a
 * busy port is reported before anything starts rather than as a child's crash.
 */
export async function checkPortFree(
  port: number,
  variable: string,
  host = '127.0.0.1',
): Promise<void> {
  const error = await tryListen(port, host);
  if (!error) return;
  if (error.code === 'EADDRINUSE') {
    throw new LauncherError(
      `Port ${port} on ${host} is already in use, so Kordon cannot use it (${variable}).\n` +
        `Stop whatever listens there, or choose another port: ${variable}=<free port> npm start`,
    );
  }
  if (error.code === 'EACCES') {
    throw new LauncherError(
      `Not allowed to listen on port ${port} (${variable}); ports below 1024 need privileges. ` +
        `Choose another port: ${variable}=<port above 1023> npm start`,
    );
  }
  throw new LauncherError(`Cannot listen on ${host}:${port} (${variable}): ${error.message}`);
}
