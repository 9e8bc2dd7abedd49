import { type RunFederation, ServiceTestApp } from '@tandem/devkit';
import { createServiceApp, exchangeConfigProblems, loadConfig, ServiceConfig } from '@tandem/platform';
import { TrainingAppModule } from '../app.module';
import { connectIntakeEvents } from '../intake-events/connect-intake-events';

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
      const config = loadConfig(ServiceConfig, settings, exchangeConfigProblems);
      const app = await createServiceApp(TrainingAppModule.forConfig(config), config, { title: 'training', description: '' });
      await connectIntakeEvents(app);
      await app.startAllMicroservices();
      await app.init();
      return app;
    },
  });
}
