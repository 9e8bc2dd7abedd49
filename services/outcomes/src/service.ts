import { connectExchangeInbox, exchangeConfigProblems, type ServiceDefinition } from '@tandem/platform';
import { OutcomesAppModule } from './app.module';
import { OutcomesConfig } from './config';
import { connectNodeEvents } from './node-events';

export const OUTCOMES: ServiceDefinition<OutcomesConfig> = {
  config: OutcomesConfig,
  configChecks: exchangeConfigProblems,
  module: (config) => OutcomesAppModule.forConfig(config),
  title: 'Tandem outcomes',
  description:
    'Outcome figures of one municipality for steering committees and funders, built only from the node’s events: enrolments, completion, drop-outs, placement, retention, wages and support cost, with small cells suppressed; partners exchange them, suppressed, for regional figures.',
  inboxes: [connectNodeEvents, connectExchangeInbox],
};
