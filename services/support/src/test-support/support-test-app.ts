import { type RunFederation, ServiceTestApp } from '@tandem/devkit';
import { buildService } from '@tandem/platform';
import { SUPPORT } from '../service';

/** The support service in-process, on its own real database and topics, serving its node inbox. */
export function startSupportApp(
  node?: { municipality: string; federation: RunFederation },
  overrides?: Record<string, string>,
): Promise<ServiceTestApp> {
  return ServiceTestApp.boot({
    service: 'support',
    node,
    overrides,
    async create(settings) {
      const { app } = await buildService(SUPPORT, settings);
      await app.init();
      return app;
    },
  });
}
