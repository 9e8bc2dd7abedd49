import 'reflect-metadata';
import { ConfigError, createServiceApp, loadConfig } from '@tandem/platform';
import { SupportAppModule } from './app.module';
import { SupportConfig } from './config';
import { connectNodeEvents } from './intake-events';

async function main(): Promise<void> {
  const config = loadConfig(SupportConfig, process.env);
  const app = await createServiceApp(SupportAppModule.forConfig(config), config, {
    title: 'Tandem support',
    description: 'Childcare, transport, stipends, language and psychosocial support of one municipality: entitlements, budgets, the support log.',
  });
  await connectNodeEvents(app);
  await app.startAllMicroservices();
  await app.listen(config.PORT, config.HOST);
}

main().catch((error: unknown) => {
  // Bad configuration is the operator's to fix: say what is wrong, without a stack trace.
  console.error(error instanceof ConfigError ? `support: ${error.message}` : error);
  process.exit(1);
});
