import { type ServiceSettings, ServiceTestApp } from '@tandem/devkit';
import { buildService } from '@tandem/platform';
import { PLACEMENT } from '../service';

/** The placement service in-process, on its own real database and topics, serving its node inbox. */
export function startPlacementApp(overrides: ServiceSettings = {}): Promise<ServiceTestApp> {
  return ServiceTestApp.boot({
    service: 'placement',
    overrides,
    async create(settings) {
      const { app } = await buildService(PLACEMENT, settings);
      await app.init();
      return app;
    },
  });
}
