import { type RunFederation, ServiceTestApp } from '@tandem/devkit';
import { buildService } from '@tandem/platform';
import { TRAINING } from '../service';

/** The training service in-process, on its own real database and topics, serving its intake inbox. */
export function startTrainingApp(
  node?: { municipality: string; federation: RunFederation },
  overrides?: Record<string, string>,
): Promise<ServiceTestApp> {
  return ServiceTestApp.boot({
    service: 'training',
    node,
    overrides,
    async create(settings) {
      const { app } = await buildService(TRAINING, settings);
      await app.init();
      return app;
    },
  });
}
