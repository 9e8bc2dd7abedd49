import { type RunFederation, ServiceTestApp } from '@tandem/devkit';
import { buildService } from '@tandem/platform';
import { OUTCOMES } from '../service';

/** The outcomes service in-process, on its own real database and topics, serving its node inbox and its exchange inbox. */
export function startOutcomesApp(
  node?: { municipality: string; federation: RunFederation },
  overrides?: Record<string, string>,
): Promise<ServiceTestApp> {
  return ServiceTestApp.boot({
    service: 'outcomes',
    node,
    overrides,
    async create(settings) {
      const { app } = await buildService(OUTCOMES, settings);
      await app.init();
      return app;
    },
  });
}
