import type { ServiceDefinition } from '@tandem/platform';
import { RecognitionAppModule } from './app.module';
import { RecognitionConfig } from './config';
import { connectNodeEvents } from './node-events';

export const RECOGNITION: ServiceDefinition<RecognitionConfig> = {
  config: RecognitionConfig,
  module: (config) => RecognitionAppModule.forConfig(config),
  title: 'Tandem recognition',
  description: 'Credential definitions, signed Open Badges 3.0 credentials, their status lists, and public verification.',
  inboxes: [connectNodeEvents],
};
