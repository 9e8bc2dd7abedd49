import type { ServiceDefinition } from '@tandem/platform';
import { PlacementAppModule } from './app.module';
import { PlacementConfig } from './config';
import { connectNodeEvents } from './node-events';

export const PLACEMENT: ServiceDefinition<PlacementConfig> = {
  config: PlacementConfig,
  module: (config) => PlacementAppModule.forConfig(config),
  title: 'Tandem placement',
  description: 'Employers, vacancies and placements of one municipality, with retention checkpoints and wage progression.',
  inboxes: [connectNodeEvents],
};
