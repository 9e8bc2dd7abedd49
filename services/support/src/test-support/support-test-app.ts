import { type RunFederation, ServiceTestApp } from '@tandem/devkit';
import { createServiceApp, loadConfig } from '@tandem/platform';
import { SupportAppModule } from '../app.module';
import { SupportConfig } from '../config';
import { connectNodeEvents } from '../intake-events';

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
      const config = loadConfig(SupportConfig, settings);
      const app = await createServiceApp(SupportAppModule.forConfig(config), config, { title: 'support', description: '' });
      await connectNodeEvents(app);
      await app.startAllMicroservices();
      await app.init();
      return app;
    },
  });
}
