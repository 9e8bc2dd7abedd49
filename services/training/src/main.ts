import 'reflect-metadata';
import { ConfigError, createServiceApp, exchangeConfigProblems, loadConfig, ServiceConfig } from '@tandem/platform';
import { TrainingAppModule } from './app.module';
import { connectIntakeEvents } from './intake-events/connect-intake-events';

async function main(): Promise<void> {
  const config = loadConfig(ServiceConfig, process.env, exchangeConfigProblems);
  const app = await createServiceApp(TrainingAppModule.forConfig(config), config, {
    title: 'Tandem training',
    description: 'Programs, modules, cohorts, enrollments, attendance, assessments and completion of one municipality.',
  });
  await connectIntakeEvents(app);
  await app.startAllMicroservices();
  await app.listen(config.PORT, config.HOST);
}

main().catch((error: unknown) => {
  // Bad configuration is the operator's to fix: say what is wrong, without a stack trace.
  console.error(error instanceof ConfigError ? `training: ${error.message}` : error);
  process.exit(1);
});
