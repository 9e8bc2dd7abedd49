import { createServer, type Server } from 'node:net';
import { freePort } from './free-port';

const EPHEMERAL_START = 32_768;

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('freePort', () => {
  it('hands out distinct ports below the range of outgoing connections, each one free to listen on', async () => {
    const ports: number[] = [];
    for (let i = 0; i < 50; i++) ports.push(await freePort());

    expect(new Set(ports).size).toBe(ports.length);
    expect(ports.every((port) => port >= 1024 && port < EPHEMERAL_START)).toBe(true);
    const servers = await Promise.all(ports.map(listen));
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('keeps the ports of different jest workers apart', async () => {
    const worker = process.env.JEST_WORKER_ID;
    try {
      process.env.JEST_WORKER_ID = '1';
      const first = await freePort();
      process.env.JEST_WORKER_ID = '2';
      const second = await freePort();
      expect(Math.floor(first / 1000)).not.toBe(Math.floor(second / 1000));
    } finally {
      if (worker === undefined) delete process.env.JEST_WORKER_ID;
      else process.env.JEST_WORKER_ID = worker;
    }
  });
});
