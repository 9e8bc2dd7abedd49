import { ServiceTestApp } from '@tandem/devkit';
import { buildService } from '@tandem/platform';
import { PLACEMENT } from '../service';

/** The placement service in-process, on its own real database and topics, serving its node inbox. */
export function startPlacementApp(): Promise<ServiceTestApp> {
  return ServiceTestApp.boot({
    service: 'placement',
    async create(settings) {
      const { app } = await buildService(PLACEMENT, settings);
      await app.init();
      return app;
    },
  });
}
