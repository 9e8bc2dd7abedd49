import { ServiceTestApp } from '@tandem/devkit';
import { createServiceApp, loadConfig, ServiceConfig } from '@tandem/platform';
import { PlacementAppModule } from '../app.module';
import { connectNodeEvents } from '../node-events';

/** The placement service in-process, on its own real database and topics, serving its node inbox. */
export function startPlacementApp(): Promise<ServiceTestApp> {
  return ServiceTestApp.boot({
    service: 'placement',
    async create(settings) {
      const config = loadConfig(ServiceConfig, settings);
      const app = await createServiceApp(PlacementAppModule.forConfig(config), config, { title: 'placement', description: '' });
      await connectNodeEvents(app);
      await app.startAllMicroservices();
      await app.init();
      return app;
    },
  });
}
