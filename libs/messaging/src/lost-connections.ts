import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

interface ClientPool {
  on(event: 'connect', listener: (client: { on(event: 'error', listener: (error: Error) => void): unknown }) => void): unknown;
}

/**
 * When the database ends a connection (a restart, a failover, an administrator's terminate), pg
 * emits 'error' on its client, and an 'error' nobody hears ends the process. TypeORM listens on a
 * client only after the pool has handed it over, a moment too late when the termination arrives
 * with the connection's start-up. The pool's 'connect' event fires before that: every client it opens
 * from now on is heard at once, and the loss is logged. The query in hand fails and is retried by
 * its caller as a transient error.
 */
export function hearLostConnections(dataSource: DataSource, logger: Pick<Logger, 'warn'>): void {
  const pool = (dataSource.driver as unknown as { master?: ClientPool }).master;
  pool?.on('connect', (client) => {
    client.on('error', (error) => logger.warn({ err: error }, 'database connection lost'));
  });
}
