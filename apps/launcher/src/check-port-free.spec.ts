import { createServer, type Server } from 'node:net';
import { freePort } from '@kordon/testing';
import { checkPortFree } from './check-port-free';
import { LauncherError } from './launcher-error';

function listen(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('checkPortFree', () => {
  it('names the variable to change when the port is taken', async () => {
    const port = await freePort();
    const server = await listen(port);
    try {
      const check = checkPortFree(port, 'KORDON_API_PORT');
      await expect(check).rejects.toBeInstanceOf(LauncherError);
      await expect(checkPortFree(port, 'KORDON_API_PORT')).rejects.toThrow(
        new RegExp(
          `Port ${port} on 127\\.0\\.0\\.1 is already in use[\\s\\S]*KORDON_API_PORT=<free port> npm start`,
        ),
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('accepts a free port and leaves it free', async () => {
    const port = await freePort();
    await expect(checkPortFree(port, 'KORDON_WEB_PORT')).resolves.toBeUndefined();
    const server = await listen(port);
    await new Promise((resolve) => server.close(resolve));
  });
});
