import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { describeExit, type ServiceProcess } from './service-process';

const POLL_INTERVAL_MS = 500;
const REQUEST_TIMEOUT_MS = 2000;

/**
 * Refuses a port something already listens on: otherwise the readiness check could be answered by
 * that other process (e.g. another `npm start`) while ours fails to bind.
 */
export function assertPortFree(port: number, host = '127.0.0.1'): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`port ${host}:${port} is taken (${error.code}); stop whatever listens there first`)),
    );
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

/** Polls GET /health/ready until it answers 200; fails with the service's last output otherwise. */
export async function waitUntilReady(service: ServiceProcess, baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!service.hasExited) {
    if (await answersReady(`${baseUrl}/health/ready`)) return;
    if (Date.now() > deadline) {
      throw new Error(service.report(`did not answer GET ${baseUrl}/health/ready with 200 within ${timeoutMs / 1000} s`));
    }
    await delay(POLL_INTERVAL_MS);
  }
  throw new Error(service.report(`exited during start-up (${describeExit(await service.exited)})`));
}

async function answersReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}
