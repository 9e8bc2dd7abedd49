import 'reflect-metadata';
import { ConfigError, connectExchangeInbox, createServiceApp, exchangeConfigProblems, loadConfig, ServiceConfig } from '@tandem/platform';
import { IntakeAppModule } from './app.module';

async function main(): Promise<void> {
  const config = loadConfig(ServiceConfig, process.env, exchangeConfigProblems);
  const app = await createServiceApp(IntakeAppModule.forConfig(config), config, {
    title: 'Tandem intake',
    description: 'Participants, their skills and consents, cases and cross-border referrals of one municipality.',
  });
  await connectExchangeInbox(app);
  await app.startAllMicroservices();
  await app.listen(config.PORT, config.HOST);
}

main().catch((error: unknown) => {
  // Bad configuration is the operator's to fix: say what is wrong, without a stack trace.
  console.error(error instanceof ConfigError ? `intake: ${error.message}` : error);
  process.exit(1);
});
