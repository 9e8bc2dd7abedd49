import { connectExchangeInbox, exchangeConfigProblems, ServiceConfig, type ServiceDefinition } from '@tandem/platform';
import { IntakeAppModule } from './app.module';

export const INTAKE: ServiceDefinition<ServiceConfig> = {
  config: ServiceConfig,
  configChecks: exchangeConfigProblems,
  module: (config) => IntakeAppModule.forConfig(config),
  title: 'Tandem intake',
  description: 'Participants, their skills and consents, cases and cross-border referrals of one municipality.',
  inboxes: [connectExchangeInbox],
};
