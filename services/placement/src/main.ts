import 'reflect-metadata';
import { ConfigError, createServiceApp, loadConfig, ServiceConfig } from '@tandem/platform';
import { PlacementAppModule } from './app.module';
import { connectNodeEvents } from './node-events';

async function main(): Promise<void> {
  const config = loadConfig(ServiceConfig, process.env);
  const app = await createServiceApp(PlacementAppModule.forConfig(config), config, {
    title: 'Tandem placement',
    description: 'Employers, vacancies and placements of one municipality, with retention checkpoints and wage progression.',
  });
  await connectNodeEvents(app);
  await app.startAllMicroservices();
  await app.listen(config.PORT, config.HOST);
}

main().catch((error: unknown) => {
  // Bad configuration is the operator's to fix: say what is wrong, without a stack trace.
  console.error(error instanceof ConfigError ? `placement: ${error.message}` : error);
  process.exit(1);
});
