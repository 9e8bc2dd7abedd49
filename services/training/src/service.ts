import { exchangeConfigProblems, ServiceConfig, type ServiceDefinition } from '@tandem/platform';
import { TrainingAppModule } from './app.module';
import { connectIntakeEvents } from './intake-events/connect-intake-events';

export const TRAINING: ServiceDefinition<ServiceConfig> = {
  config: ServiceConfig,
  configChecks: exchangeConfigProblems,
  module: (config) => TrainingAppModule.forConfig(config),
  title: 'Tandem training',
  description: 'Programs, modules, cohorts, enrollments, attendance, assessments and completion of one municipality.',
  inboxes: [connectIntakeEvents],
};
