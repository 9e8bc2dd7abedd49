import { type RunFederation, ServiceTestApp } from '@tandem/devkit';
import { buildService } from '@tandem/platform';
import { RECOGNITION } from '../service';

/** The recognition service in-process, on its own real database and topics, serving its node inbox. */
export function startRecognitionApp(node?: { municipality: string; federation: RunFederation }, overrides?: Record<string, string>): Promise<ServiceTestApp> {
  return ServiceTestApp.boot({
    service: 'recognition',
    node,
    overrides,
    async create(settings) {
      const { app } = await buildService(RECOGNITION, settings);
      await app.init();
      return app;
    },
  });
}
