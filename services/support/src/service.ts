import type { ServiceDefinition } from '@tandem/platform';
import { SupportAppModule } from './app.module';
import { SupportConfig } from './config';
import { connectNodeEvents } from './intake-events';

export const SUPPORT: ServiceDefinition<SupportConfig> = {
  config: SupportConfig,
  module: (config) => SupportAppModule.forConfig(config),
  title: 'Tandem support',
  description: 'Childcare, transport, stipends, language and psychosocial support of one municipality: entitlements, budgets, the support log.',
  inboxes: [connectNodeEvents],
};
