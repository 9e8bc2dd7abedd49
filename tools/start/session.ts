import type { Infrastructure } from '../../libs/devkit/src/infrastructure';
import { describeExit, ServiceProcess } from '../../libs/devkit/src/service-process';

export function say(message: string): void {
  console.log(`[start] ${message}`);
}

/**
 * Everything one `npm start` brought up, and the one way down: services first (they still need
 * Kafka and PostgreSQL to shut down cleanly), then the infrastructure, then exit.
 */
export class Session {
  private infrastructure?: Promise<Infrastructure>;
  private readonly services: ServiceProcess[] = [];
  private stopping?: Promise<void>;

  /** Kept as a promise: a shutdown during start-up waits for it and then stops it too. */
  startInfrastructure(starting: Promise<Infrastructure>): Promise<Infrastructure> {
    this.infrastructure = starting;
    return starting;
  }

  launch(label: string, entry: string, env: NodeJS.ProcessEnv, prefixWidth: number): ServiceProcess {
    if (this.stopping) throw new Error(`not starting ${label}: shutting down`);
    const service = ServiceProcess.start(label, entry, env, prefixWidth);
    this.services.push(service);
    void service.exited.then((exit) => {
      if (!this.stopping) this.fail(new Error(service.report(`stopped unexpectedly (${describeExit(exit)})`)));
    });
    return service;
  }

  /** Reports the first failure and shuts everything down; later failures are consequences of it. */
  fail(error: unknown): void {
    if (this.stopping) return;
    console.error(`[start] error: ${error instanceof Error ? error.message : String(error)}`);
    void this.shutdown(1);
  }

  shutdown(exitCode: number): Promise<void> {
    this.stopping ??= this.stopAll().then(
      () => process.exit(exitCode),
      (error: unknown) => {
        console.error(`[start] could not stop everything: ${(error as Error).message}`);
        process.exit(1);
      },
    );
    return this.stopping;
  }

  private async stopAll(): Promise<void> {
    if (this.services.length > 0) say(`stopping ${this.services.length} service process(es)`);
    await Promise.all(this.services.map((service) => service.stop()));
    // A failed start-up has nothing of its own to stop.
    const infrastructure = await this.infrastructure?.catch(() => undefined);
    if (!infrastructure) return;
    if (infrastructure.kind === 'configured') return say('leaving the configured Kafka and PostgreSQL running');
    say(`stopping the ${infrastructure.kind} infrastructure (whatever was already running stays)`);
    await infrastructure.stop();
    say('stopped');
  }
}
